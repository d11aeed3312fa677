import type { Segment, Tier } from '../tiers';
import { DomainError } from './domain-error';

export class TierReviewNotFound extends DomainError {
  constructor(reviewId: string) {
    super('TIER_REVIEW_NOT_FOUND', `tier review ${reviewId} does not exist`, { reviewId });
  }
}

export class TierReviewAlreadyExists extends DomainError {
  constructor(reviewId: string) {
    super('TIER_REVIEW_ALREADY_EXISTS', `tier review ${reviewId} already exists`, { reviewId });
  }
}

export class TierReviewAlreadyDecided extends DomainError {
  constructor(reviewId: string, status: string) {
    super('TIER_REVIEW_ALREADY_DECIDED', `tier review ${reviewId} is already ${status}`, {
      reviewId,
      status,
    });
  }
}

export class TierNotInScheme extends DomainError {
  constructor(tier: Tier, segment: Segment) {
    super('TIER_NOT_IN_SCHEME', `${tier} is not a tier of the ${segment} scheme`, { tier, segment });
  }
}

export class NoContributionRecorded extends DomainError {
  constructor() {
    super('NO_CONTRIBUTION_RECORDED', 'a corporate tier review needs at least one recorded contribution');
  }
}

/** Four-eyes: whoever opened a review may not vote on it. */
export class FourEyesViolation extends DomainError {
  constructor(reviewId: string, memberId: string) {
    super('FOUR_EYES_VIOLATION', `${memberId} requested tier review ${reviewId} and cannot vote on it`, {
      reviewId,
      memberId,
    });
  }
}

/** One vote per member: a second would let one person count twice towards the quorum. */
export class AlreadyVoted extends DomainError {
  constructor(reviewId: string, memberId: string) {
    super('ALREADY_VOTED', `${memberId} has already voted on tier review ${reviewId}`, {
      reviewId,
      memberId,
    });
  }
}

/** Past its deadline a review takes no votes; the expiry sweep records it as expired. */
export class TierReviewPastDeadline extends DomainError {
  constructor(reviewId: string, expiresAt: string) {
    super('TIER_REVIEW_EXPIRED', `tier review ${reviewId} expired at ${expiresAt} without a quorum`, {
      reviewId,
      expiresAt,
    });
  }
}

export class TierOnlyWithApproval extends DomainError {
  constructor() {
    super('TIER_ONLY_WITH_APPROVAL', 'tier: only an approving vote names a tier');
  }
}

export class TierReviewNotDue extends DomainError {
  constructor(reviewId: string, expiresAt: string) {
    super('TIER_REVIEW_NOT_DUE', `tier review ${reviewId} is open until ${expiresAt}`, {
      reviewId,
      expiresAt,
    });
  }
}
