import type {
  TierReassessed,
  TierReviewExpired,
  TierReviewOpened,
  TierReviewRejected,
  TierReviewVoteCast,
} from '../events/tier.events';
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
    votes: [],
    decidedBy: null,
    decidedAt: null,
  };
  return { ...customer, tierReviews: withEntry(customer.tierReviews, review.reviewId, review, replay) };
}

function withReviewDecided(
  customer: Customer,
  reviewId: string | null,
  decision: Partial<TierReview>,
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

/** Votes only ever arrive on an open review; the decider folds the next one onto these. */
export function withVoteCast(
  customer: Customer,
  data: TierReviewVoteCast['data'],
  replay?: Replay,
): Customer {
  const review = lookup(customer.tierReviews, data.reviewId);
  if (review === undefined) return customer;
  const { memberId, vote, tier, castAt } = data;
  const votes = [...review.votes, { memberId, vote, tier, castAt }];
  return withReviewDecided(customer, data.reviewId, { votes }, replay);
}

export function withReviewExpired(
  customer: Customer,
  data: TierReviewExpired['data'],
  replay?: Replay,
): Customer {
  const decision = { status: 'expired' as const, decidedBy: null, decidedAt: data.expiredAt };
  return withReviewDecided(customer, data.reviewId, decision, replay);
}
