import type { DomainPolicies } from '../policies/domain-policies';
import type { MiningFlagPolicies } from '../policies/mining-flags';
import type { Customer } from '../state/customer-state';
import type { TargetRule } from '../targeting/target-rule';
import { addDays, toBusinessDate } from '../time';
import type { DueContact } from './due-contacts';
import { matchesProductTarget } from './launch-calls';

/** A scheduled (not cancelled) VIP event as the worklist reads it. */
export type InvitingVipEvent = {
  vipEventId: string;
  date: string;
  inviteeRule: TargetRule;
  /** Customers invited by name. */
  guests: readonly string[];
};

/** The day invitations to an event on `date` fall due (活动前一周). */
export function invitationDueDate(date: string, inviteDaysBefore: number): string {
  return addDays(date, -inviteDaysBefore);
}

/** Whether an event's invitations are open on `today`: from the due day until the day before the event. */
export function isInviting(date: string, today: string, inviteDaysBefore: number): boolean {
  return invitationDueDate(date, inviteDaysBefore) <= today && today < date;
}

/**
 * The P2 invitations owed an active, consenting customer on `today`: one per event inviting now
 * whose rule matches the customer that day or who was invited by name, open until a contact on
 * or after the due day.
 */
export function vipInvitations(
  customer: Customer,
  events: readonly InvitingVipEvent[],
  today: string,
  policies: Pick<DomainPolicies, 'lifecycle' | 'dormant' | 'vipEvent'> & MiningFlagPolicies,
): DueContact[] {
  // An invitation is marketing care: none without consent (ADR 0024), even for a named guest.
  if (customer.status !== 'active' || !customer.consent.marketing) return [];
  const { inviteDaysBefore } = policies.vipEvent;
  const lastContactDay = customer.lastContactAt === null ? null : toBusinessDate(customer.lastContactAt);
  return events
    .filter((event) => isInviting(event.date, today, inviteDaysBefore))
    .map((event) => ({ event, dueDate: invitationDueDate(event.date, inviteDaysBefore) }))
    .filter(({ dueDate }) => lastContactDay === null || lastContactDay < dueDate)
    .filter(
      ({ event }) =>
        event.guests.includes(customer.customerId) ||
        matchesProductTarget(customer, event.inviteeRule, today, policies),
    )
    .map(({ event, dueDate }) => ({
      customerId: customer.customerId,
      relationshipManagerId: customer.relationshipManagerId,
      priority: 2,
      reason: 'invitation',
      dueDate,
      escalateToBranchHead: false,
      vipEventId: event.vipEventId,
    }));
}
