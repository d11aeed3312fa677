import type { CastTierReviewVote, ExpireTierReview } from '../commands/customer-command';
import type {
  TierReassessed,
  TierReviewExpired,
  TierReviewRejected,
  TierReviewVoteCast,
} from '../events/tier.events';
import {
  TierNotInScheme,
  TierOnlyWithApproval,
  TierReviewAlreadyDecided,
  TierReviewNotDue,
  TierReviewNotFound,
  TierReviewPastDeadline,
} from '../errors/tier-review.errors';
import { lookup } from '../json';
import type { DomainPolicies } from '../policies/domain-policies';
import type { Customer, TierReview } from '../state/customer-state';
import { isTierOf } from '../tiers';
import { checkVoter, type Quorum, quorumOf, reviewDeadline } from './four-eyes';
import { instant } from './guards';

type VoteOutcome = [TierReviewVoteCast] | [TierReviewVoteCast, TierReassessed | TierReviewRejected];

function openReview(customer: Customer, reviewId: string): TierReview {
  const review = lookup(customer.tierReviews, reviewId);
  if (review === undefined) throw new TierReviewNotFound(reviewId);
  if (review.status !== 'open') throw new TierReviewAlreadyDecided(review.reviewId, review.status);
  return review;
}

/** Checker: records the caller's vote and, when it completes a quorum, the review's outcome with it. */
export function castTierReviewVote(
  command: CastTierReviewVote,
  customer: Customer,
  policies: DomainPolicies,
): VoteOutcome {
  const review = openReview(customer, command.reviewId);
  const castAt = instant(command.now, 'now');
  const deadline = reviewDeadline(review, policies.fourEyes);
  if (castAt >= deadline) throw new TierReviewPastDeadline(review.reviewId, deadline);
  const memberId = command.actor.id;
  checkVoter(review, memberId);
  if (command.vote === 'reject' && command.tier !== undefined) throw new TierOnlyWithApproval();
  const tier = command.vote === 'approve' ? (command.tier ?? review.proposedTier) : null;
  if (tier !== null && !isTierOf(customer.segment, tier)) throw new TierNotInScheme(tier, customer.segment);
  const { customerId } = customer;
  const { reviewId } = review;
  const vote = { memberId, vote: command.vote, tier, castAt };
  const cast: TierReviewVoteCast = {
    type: 'TierReviewVoteCast',
    schemaVersion: 1,
    data: { customerId, reviewId, memberId, vote: command.vote, tier, reason: command.reason, castAt },
  };
  const quorum = quorumOf([...review.votes, vote], policies.fourEyes);
  if (quorum === null) return [cast];
  return [cast, closed(quorum, review, customer, command.reason, vote)];
}

/** The review's outcome, attributed to the member whose vote made the quorum. */
function closed(
  quorum: Quorum,
  review: TierReview,
  customer: Customer,
  reason: string,
  { memberId, castAt }: { memberId: string; castAt: string },
): TierReassessed | TierReviewRejected {
  const { reviewId, scheme, criteria, computedTier, requestedBy, policyVersion } = review;
  const common = { customerId: customer.customerId, reviewId, scheme, criteria, computedTier, requestedBy };
  const decision = { committee: quorum.committee, decidedBy: memberId, reason, policyVersion };
  if (quorum.outcome === 'rejected') {
    const kept = { tier: customer.tier, proposedTier: review.proposedTier, rejectedAt: castAt };
    return { type: 'TierReviewRejected', schemaVersion: 1, data: { ...common, ...kept, ...decision } };
  }
  const override = quorum.tier !== computedTier;
  const change = { fromTier: customer.tier, toTier: quorum.tier, override, effectiveAt: castAt };
  return {
    type: 'TierReassessed',
    schemaVersion: 1,
    data: { ...common, ...change, overrideReason: override ? reason : null, ...decision },
  };
}

/** Sent by the sweep at `now`: a review still open at its deadline expires, the tier unchanged. */
export function expireTierReview(
  command: ExpireTierReview,
  customer: Customer,
  policies: DomainPolicies,
): [TierReviewExpired] {
  const review = openReview(customer, command.reviewId);
  const deadline = reviewDeadline(review, policies.fourEyes);
  if (instant(command.now, 'now') < deadline) throw new TierReviewNotDue(review.reviewId, deadline);
  const { reviewId, scheme, proposedTier, requestedBy, openedAt } = review;
  const count = (vote: 'approve' | 'reject') => review.votes.filter((cast) => cast.vote === vote).length;
  return [
    {
      type: 'TierReviewExpired',
      schemaVersion: 1,
      data: {
        customerId: customer.customerId,
        reviewId,
        scheme,
        tier: customer.tier,
        proposedTier,
        requestedBy,
        openedAt,
        expiredAt: deadline,
        approvals: count('approve'),
        rejections: count('reject'),
        policyVersion: policies.fourEyes.policyVersion,
      },
    },
  ];
}
