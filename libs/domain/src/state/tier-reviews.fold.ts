import type { TierReassessed, TierReviewOpened, TierReviewRejected } from '../events/tier.events';
import { lookup } from '../json';
import type { Customer, TierReview } from './customer-state';

export function withReviewOpened(customer: Customer, data: TierReviewOpened['data']): Customer {
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
  return { ...customer, tierReviews: { ...customer.tierReviews, [review.reviewId]: review } };
}

function withReviewDecided(
  customer: Customer,
  reviewId: string | null,
  decision: Pick<TierReview, 'status' | 'decidedBy' | 'decidedAt'>,
): Customer {
  const review = reviewId === null ? undefined : lookup(customer.tierReviews, reviewId);
  if (review === undefined) return customer;
  return {
    ...customer,
    tierReviews: { ...customer.tierReviews, [review.reviewId]: { ...review, ...decision } },
  };
}

/** `tierSince` moves only when the tier does: an approval that keeps the tier keeps its date. */
export function withTierDecision(customer: Customer, data: TierReassessed['data']): Customer {
  const tierSince = data.toTier === customer.tier ? customer.tierSince : data.effectiveAt;
  const decided = { ...customer, tier: data.toTier, tierSince };
  const decision = { status: 'approved' as const, decidedBy: data.decidedBy, decidedAt: data.effectiveAt };
  return withReviewDecided(decided, data.reviewId, decision);
}

export function withReviewRejected(customer: Customer, data: TierReviewRejected['data']): Customer {
  const decision = { status: 'rejected' as const, decidedBy: data.decidedBy, decidedAt: data.rejectedAt };
  return withReviewDecided(customer, data.reviewId, decision);
}
