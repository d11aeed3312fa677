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

/** Four-eyes: whoever opened a review may neither decide it nor sit on its deciding committee. */
export class FourEyesViolation extends DomainError {
  constructor(reviewId: string, memberId: string) {
    super('FOUR_EYES_VIOLATION', `${memberId} requested tier review ${reviewId} and cannot decide it`, {
      reviewId,
      memberId,
    });
  }
}

export class DeciderNotOnCommittee extends DomainError {
  constructor(decidedBy: string) {
    super('DECIDER_NOT_ON_COMMITTEE', `${decidedBy} must be one of the committee members named`, {
      decidedBy,
    });
  }
}

export class CommitteeTooSmall extends DomainError {
  constructor(members: number, required: number) {
    super(
      'COMMITTEE_TOO_SMALL',
      `a tier change names at least ${required} distinct committee members, got ${members}`,
      { members, required },
    );
  }
}
