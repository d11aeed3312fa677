import type { Segment, Tier, TierCriteria, TierDirection } from '@ledger/domain';
import type { ReadDocument } from '@ledger/read-store';

/** One entry per TierReassessed / TierReviewRejected, keyed by the event id it traces back to. */
export const TIER_AUDITS = 'tier_audits';
/** One document per tier review (open, approved, rejected or expired), with its votes: GET /tier-reviews. */
export const TIER_REVIEWS = 'tier_reviews';

/** An audit entry's fields: what GET /tier-audits answers, criteria aside. */
export type TierAuditFields = {
  customerId: string;
  /** Null for an automatic retail change (a valuation crossed a boundary). */
  reviewId: string | null;
  outcome: 'reassessed' | 'rejected';
  scheme: Segment;
  fromTier: Tier;
  /** After a rejection the tier the customer keeps. */
  toTier: Tier;
  /** By rank within the scheme; always "unchanged" for a rejection. */
  direction: TierDirection;
  computedTier: Tier;
  /** What the maker proposed, when the event carries it (rejections). */
  proposedTier: Tier | null;
  /** The decided tier differs from the computed one; the reason is then the committee's. */
  override: boolean;
  overrideReason: string | null;
  reason: string;
  criteria: TierCriteria;
  policyVersion: string;
  committee: string[];
  requestedBy: string | null;
  decidedBy: string;
  effectiveAt: string;
  eventId: string;
  position: string;
};

export type TierAuditEntry = ReadDocument & TierAuditFields & { _id: string };

export type TierReviewStatus = 'open' | 'approved' | 'rejected' | 'expired';

/** One member's vote as cast; `tier` is what an approval agreed to, null for a rejection. */
export type TierReviewVoteView = {
  memberId: string;
  vote: 'approve' | 'reject';
  tier: Tier | null;
  reason: string;
  castAt: string;
};

export type TierReviewFields = {
  reviewId: string;
  customerId: string;
  status: TierReviewStatus;
  scheme: Segment;
  criteria: TierCriteria;
  computedTier: Tier;
  proposedTier: Tier;
  rationale: string;
  policyVersion: string;
  requestedBy: string;
  openedAt: string;
  /** In the order cast; votes recorded before votes existed (a named committee) are not listed. */
  votes: TierReviewVoteView[];
  /** The member whose vote closed the review; null while open or once expired. */
  decidedBy: string | null;
  decidedAt: string | null;
  /** The tier the decision left the customer in (kept as it was by a rejection or expiry). */
  decidedTier: Tier | null;
  decisionReason: string | null;
};

/** Keyed `<customerId>:<reviewId>`: review ids are chosen per customer. */
export type TierReviewDocument = ReadDocument & TierReviewFields & { _id: string };

export function tierReviewKey(customerId: string, reviewId: string): string {
  return `${customerId}:${reviewId}`;
}
