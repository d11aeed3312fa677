import type { Money } from '../money';
import type { Segment, Tier } from '../tiers';
import type { SpecialBackground } from '../vocabulary';

export type CorporatePoints = {
  contribution: number;
  breadth: number;
  growth: number;
  background: number;
  total: number;
};

/** What the tier was computed from, frozen when the review opened (or the valuation was recorded). */
export type TierCriteria =
  | { scheme: 'retail'; totalFinancialAssets: Money }
  | {
      scheme: 'corporate';
      year: number;
      contribution: Money;
      departmentsEngaged: number;
      growthRate: number;
      specialBackground: SpecialBackground;
      points: CorporatePoints;
    };

export type TierReviewOpened = {
  type: 'TierReviewOpened';
  schemaVersion: 1;
  data: {
    customerId: string;
    reviewId: string;
    scheme: Segment;
    criteria: TierCriteria;
    computedTier: Tier;
    proposedTier: Tier;
    rationale: string;
    requestedBy: string;
    openedAt: string;
    policyVersion: string;
  };
};

/**
 * A tier decision: by the review committee (reviewId set; `committee` the approving voters,
 * `decidedBy` the vote that made the quorum) or by `system` when a retail valuation crosses a
 * boundary (reviewId and requestedBy null, no committee). Decisions recorded before votes existed
 * named their committee in the request; they fold the same.
 */
export type TierReassessed = {
  type: 'TierReassessed';
  schemaVersion: 1;
  data: {
    customerId: string;
    reviewId: string | null;
    scheme: Segment;
    fromTier: Tier;
    toTier: Tier;
    computedTier: Tier;
    override: boolean;
    overrideReason: string | null;
    reason: string;
    criteria: TierCriteria;
    committee: string[];
    requestedBy: string | null;
    decidedBy: string;
    effectiveAt: string;
    policyVersion: string;
  };
};

/**
 * Self-contained for the tier audit: the tier stays `tier`, the proposal and its basis are kept;
 * `committee` the rejecting voters, `decidedBy` the vote that closed the review.
 */
export type TierReviewRejected = {
  type: 'TierReviewRejected';
  schemaVersion: 1;
  data: {
    customerId: string;
    reviewId: string;
    scheme: Segment;
    tier: Tier;
    computedTier: Tier;
    proposedTier: Tier;
    criteria: TierCriteria;
    committee: string[];
    requestedBy: string;
    decidedBy: string;
    reason: string;
    rejectedAt: string;
    policyVersion: string;
  };
};

export type TierReviewVote = 'approve' | 'reject';

/**
 * One committee member's vote, the member being the caller (never a name in the body). `tier` is
 * the tier an approval agrees to (the proposed one unless the member named another); null on a rejection.
 */
export type TierReviewVoteCast = {
  type: 'TierReviewVoteCast';
  schemaVersion: 1;
  data: {
    customerId: string;
    reviewId: string;
    memberId: string;
    vote: TierReviewVote;
    tier: Tier | null;
    reason: string;
    castAt: string;
  };
};

/** No quorum within the policy's days: the review closes and the tier stays `tier`. */
export type TierReviewExpired = {
  type: 'TierReviewExpired';
  schemaVersion: 1;
  data: {
    customerId: string;
    reviewId: string;
    scheme: Segment;
    tier: Tier;
    proposedTier: Tier;
    requestedBy: string;
    openedAt: string;
    /** The deadline itself (openedAt + the policy's days), however late the sweep records it. */
    expiredAt: string;
    approvals: number;
    rejections: number;
    policyVersion: string;
  };
};
