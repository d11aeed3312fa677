import type { Tier } from '@ledger/domain';
import type { TierAuditFields, TierReviewFields, TierReviewStatus } from './tier-audit.documents';

/**
 * One set of names for a tier decision on both routes (ADR 0033): a review on /tier-reviews and its
 * entry on /tier-audits read the same `status`, `outcome`, `proposedTier`, `toTier`, `decidedBy`,
 * `decisionReason` and `effectiveAt`. `status` is the review's (open, approved, rejected, expired;
 * null on the audit entry of an automatic retail change), `outcome` the decision's (reassessed,
 * rejected; null while open or once expired).
 */
export type TierOutcome = TierAuditFields['outcome'];

export function outcomeOfStatus(status: TierReviewStatus): TierOutcome | null {
  if (status === 'approved') return 'reassessed';
  if (status === 'rejected') return 'rejected';
  return null;
}

export function statusOfOutcome(outcome: TierOutcome): TierReviewStatus {
  return outcome === 'reassessed' ? 'approved' : 'rejected';
}

/** A review as /tier-reviews answers it, the decision under the shared names. */
export type TierReviewDecisionFields = Omit<TierReviewFields, 'decidedTier' | 'decidedAt' | 'criteria'> & {
  outcome: TierOutcome | null;
  /** The tier the decision left the customer in; null while open. */
  toTier: Tier | null;
  /** When the review was decided or expired; null while open. */
  effectiveAt: string | null;
};

export function reviewUnderSharedNames(review: Omit<TierReviewFields, 'criteria'>): TierReviewDecisionFields {
  const { decidedTier, decidedAt, ...rest } = review;
  return { ...rest, outcome: outcomeOfStatus(review.status), toTier: decidedTier, effectiveAt: decidedAt };
}

/** An audit entry as /tier-audits answers it: `reason` is `decisionReason`, the review's status and proposal beside it. */
export type TierAuditDecisionFields = Omit<TierAuditFields, 'reason' | 'criteria'> & {
  status: TierReviewStatus | null;
  decisionReason: string;
};

export function auditUnderSharedNames(
  entry: Omit<TierAuditFields, 'criteria'>,
  proposedByReview: Tier | null,
): TierAuditDecisionFields {
  const { reason, proposedTier, ...rest } = entry;
  return {
    ...rest,
    status: entry.reviewId === null ? null : statusOfOutcome(entry.outcome),
    proposedTier: proposedTier ?? proposedByReview,
    decisionReason: reason,
  };
}
