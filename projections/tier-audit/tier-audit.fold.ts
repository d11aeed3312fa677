import {
  type TierReassessed,
  type TierReviewExpired,
  type TierReviewOpened,
  type TierReviewRejected,
  type TierReviewVoteCast,
  tierDirection,
} from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import { type TierAuditEntry, type TierReviewDocument } from './tier-audit.documents';

export type TierEvent =
  TierReviewOpened | TierReviewVoteCast | TierReassessed | TierReviewRejected | TierReviewExpired;

/** The events that are tier decisions, each an entry of the audit trail. */
export type TierDecision = TierReassessed | TierReviewRejected;

export function isTierDecision(event: TierEvent): event is TierDecision {
  return event.type === 'TierReassessed' || event.type === 'TierReviewRejected';
}

/** An audit entry is written once, from its event alone: the domain's events carry every field. */
export function auditEntryOf(
  event: TierReassessed | TierReviewRejected,
  { eventId, position }: RecordedEvent,
): TierAuditEntry {
  const { customerId, reviewId, scheme, computedTier, criteria, policyVersion, committee } = event.data;
  const { requestedBy, decidedBy, reason } = event.data;
  const common = { _id: eventId, eventId, position, customerId, reviewId, scheme, computedTier, criteria };
  const decision = { policyVersion, committee, requestedBy, decidedBy, reason };
  if (event.type === 'TierReassessed') {
    const { fromTier, toTier, override, overrideReason, effectiveAt } = event.data;
    const direction = tierDirection(fromTier, toTier);
    const change = { fromTier, toTier, direction, proposedTier: null, override, overrideReason, effectiveAt };
    return { ...common, ...decision, outcome: 'reassessed', ...change };
  }
  const { tier, proposedTier, rejectedAt } = event.data;
  // The same test as an approval's: the tier the customer is left with against the computed one.
  const override = tier !== computedTier;
  const overrideReason = override ? reason : null;
  const kept = { fromTier: tier, toTier: tier, direction: 'unchanged' as const, proposedTier };
  return {
    ...common,
    ...decision,
    outcome: 'rejected',
    ...kept,
    override,
    overrideReason,
    effectiveAt: rejectedAt,
  };
}

/** The review's working document: opened by the maker, voted on, then approved, rejected or expired once. */
export function evolveTierReview(
  document: TierReviewDocument | null,
  event: TierEvent,
  id: string,
): TierReviewDocument | null {
  if (event.type === 'TierReviewOpened') {
    const { reviewId, customerId, scheme, criteria, computedTier, proposedTier, rationale } = event.data;
    const { policyVersion, requestedBy, openedAt } = event.data;
    const opened = {
      reviewId,
      customerId,
      scheme,
      criteria,
      computedTier,
      proposedTier,
      rationale,
      policyVersion,
    };
    const undecided = { decidedBy: null, decidedAt: null, decidedTier: null, decisionReason: null };
    return { _id: id, ...opened, requestedBy, openedAt, status: 'open', votes: [], ...undecided };
  }
  // A vote or decision on a review this projection never saw opened has nothing to update.
  if (document === null) return null;
  if (event.type === 'TierReviewVoteCast') {
    const { memberId, vote, tier, reason, castAt } = event.data;
    // A document stored by version 1 had no votes.
    const votes = (document.votes as TierReviewDocument['votes'] | undefined) ?? [];
    return { ...document, votes: [...votes, { memberId, vote, tier, reason, castAt }] };
  }
  if (event.type === 'TierReviewExpired') {
    const { expiredAt, tier } = event.data;
    const expired = { decidedBy: null, decidedAt: expiredAt, decidedTier: tier, decisionReason: null };
    return { ...document, status: 'expired', ...expired };
  }
  const { decidedBy, reason } = event.data;
  return event.type === 'TierReassessed'
    ? {
        ...document,
        status: 'approved',
        decidedBy,
        decidedAt: event.data.effectiveAt,
        decidedTier: event.data.toTier,
        decisionReason: reason,
      }
    : {
        ...document,
        status: 'rejected',
        decidedBy,
        decidedAt: event.data.rejectedAt,
        decidedTier: event.data.tier,
        decisionReason: reason,
      };
}
