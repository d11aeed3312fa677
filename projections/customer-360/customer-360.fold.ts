import {
  CONTACT_CHANNELS,
  type ContactChannel,
  type Customer,
  type CustomerEvent,
  type DomainPolicies,
  evolve,
  initialState,
  isOnboarded,
  type TierReassessed,
  tierDirection,
} from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import { customerEventOf } from '../shared/customer-event';
import { type Customer360Document, TIER_HISTORY_LENGTH, type TierChange } from './customer-360.document';
import { customer360KeysAfter } from './customer-360.keys';
import { customerSearchKeys } from './search-keys';
import { recentContactsOf, withRecentContact } from './recent-contacts';
import { withLatestContribution } from './branch-standing';
import { viewState } from './view-state';

/**
 * The 360 document after one recorded event: the domain's evolve moves the customer state, and
 * the view keeps what the state does not (tier changes, contact counts, revision and position).
 * No clock is read: time-dependent fields are computed by `present` at query time.
 */
export function evolveCustomer360(
  document: Customer360Document | null,
  recorded: RecordedEvent,
  id: string,
  policies: DomainPolicies,
): Customer360Document | null {
  const event = customerEventOf(recorded);
  if (event === null) return document;
  const state = evolve(document?.customer ?? initialState(), event);
  if (!isOnboarded(state)) return null; // nothing to show before onboarding
  const customer = viewState(state, document?.customer ?? null);
  const keys = customer360KeysAfter(customer, document, policies);
  // Documents folded before v4 have no latest contribution.
  const latestContribution = withLatestContribution(document?.latestContribution ?? null, event);
  // Every key spelled out: a spread after other fields copies through V8's slow generic path.
  return {
    _id: id,
    customer,
    tierHistory: withTierChange(document?.tierHistory ?? [], event, recorded.eventId),
    contactsByChannel: withContact(document?.contactsByChannel ?? noContacts(), event),
    recentContacts: withRecentContact(
      recentContactsOf(document?.recentContacts),
      event,
      policies.customer360.recentContacts,
    ),
    revision: Number(recorded.revision),
    position: recorded.position,
    segment: keys.segment,
    tier: keys.tier,
    relationshipManagerId: keys.relationshipManagerId,
    status: keys.status,
    nextContactDue: keys.nextContactDue,
    lastActivityAt: keys.lastActivityAt,
    maturityDates: keys.maturityDates,
    growingFrom: keys.growingFrom,
    matureFrom: keys.matureFrom,
    seniorAfter: keys.seniorAfter,
    flagWindows: keys.flagWindows,
    flagNames: keys.flagNames,
    // Sealed to blind indexes by the read store (ADR 0034); the same strings carried when identity did not change.
    ...(document !== null && sameIdentity(document.customer, customer)
      ? {
          idNumberKey: document.idNumberKey,
          phoneKey: document.phoneKey,
          namePrefixes: document.namePrefixes,
        }
      : customerSearchKeys(customer)),
    winBackFrom: keys.winBackFrom,
    latestContribution,
    branchId: customer.branchId,
    contributionMinor: customer.status === 'active' ? (latestContribution?.amountMinor ?? null) : null,
  };
}

function sameIdentity(before: Customer, after: Customer): boolean {
  return (
    before.name === after.name &&
    before.idNumber === after.idNumber &&
    before.phone === after.phone &&
    before.status === after.status
  );
}

function noContacts(): Record<ContactChannel, number> {
  return Object.fromEntries(CONTACT_CHANNELS.map((channel) => [channel, 0])) as Record<
    ContactChannel,
    number
  >;
}

function withContact(
  counts: Record<ContactChannel, number>,
  event: CustomerEvent,
): Record<ContactChannel, number> {
  if (event.type !== 'ContactLogged') return counts;
  const { channel } = event.data;
  return { ...counts, [channel]: (counts[channel] ?? 0) + 1 };
}

/** A decision that keeps the tier is in the tier audit, not among the changes. */
function withTierChange(history: TierChange[], event: CustomerEvent, eventId: string): TierChange[] {
  if (event.type !== 'TierReassessed') return history;
  const change = tierChangeOf(event.data, eventId);
  if (change.direction === 'unchanged') return history;
  return [change, ...history].slice(0, TIER_HISTORY_LENGTH);
}

function tierChangeOf(data: TierReassessed['data'], eventId: string): TierChange {
  const { reviewId, fromTier, toTier, override, decidedBy, effectiveAt } = data;
  return {
    eventId,
    reviewId,
    fromTier,
    toTier,
    direction: tierDirection(fromTier, toTier),
    override,
    decidedBy,
    effectiveAt,
  };
}
