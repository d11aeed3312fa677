import type { TierReassessed, TierReviewOpened, TierReviewRejected } from '../events/tier.events';
import { lookup } from '../json';
import type { Customer, TierReview } from './customer-state';
import { type Replay, withEntry } from './replay';

export function withReviewOpened(
  customer: Customer,
  data: TierReviewOpened['data'],
  replay?: Replay,
): Customer {
  const review: TierReview = {
    reviewId: data.reviewId,
    scheme: data.scheme,
    criteria: data.criteria,
    computedTier: data.computedTier,
    proposedTier: data.proposedTier,
    requestedBy: data.requestedBy,
    openedAt: data.openedAt,
    policyVersion: data.policyVersion,
    status: 'open',
    decidedBy: null,
    decidedAt: null,
  };
  return { ...customer, tierReviews: withEntry(customer.tierReviews, review.reviewId, review, replay) };
}

function withReviewDecided(
  customer: Customer,
  reviewId: string | null,
  decision: Pick<TierReview, 'status' | 'decidedBy' | 'decidedAt'>,
  replay: Replay | undefined,
): Customer {
  const review = reviewId === null ? undefined : lookup(customer.tierReviews, reviewId);
  if (review === undefined) return customer;
  return {
    ...customer,
    tierReviews: withEntry(customer.tierReviews, review.reviewId, { ...review, ...decision }, replay),
  };
}

/** `tierSince` moves only when the tier does: an approval that keeps the tier keeps its date. */
export function withTierDecision(
  customer: Customer,
  data: TierReassessed['data'],
  replay?: Replay,
): Customer {
  const tierSince = data.toTier === customer.tier ? customer.tierSince : data.effectiveAt;
  const decided = { ...customer, tier: data.toTier, tierSince };
  const decision = { status: 'approved' as const, decidedBy: data.decidedBy, decidedAt: data.effectiveAt };
  return withReviewDecided(decided, data.reviewId, decision, replay);
}

export function withReviewRejected(
  customer: Customer,
  data: TierReviewRejected['data'],
  replay?: Replay,
): Customer {
  const decision = { status: 'rejected' as const, decidedBy: data.decidedBy, decidedAt: data.rejectedAt };
  return withReviewDecided(customer, data.reviewId, decision, replay);
}
