import type { DecideTierReview } from '../commands/customer-command';
import { CommitteeTooSmall, DeciderNotOnCommittee, FourEyesViolation } from '../errors/tier-review.errors';
import type { FourEyesPolicy } from '../policies/four-eyes.policy';
import type { TierReview } from '../state/customer-state';

/**
 * Checker, four-eyes: the decider is not the requester, sits on the committee, and the requester
 * does not. An approval is a tier decision and needs at least two distinct members; a rejection
 * changes nothing and may be recorded by a single committee member. The quorum is the policy's.
 */
export function checkCommittee(
  review: TierReview,
  command: DecideTierReview,
  { minimumCommitteeMembers }: FourEyesPolicy,
): string[] {
  const decidedBy = command.actor.id;
  const committee = [...new Set(command.committee)];
  if (decidedBy === review.requestedBy) throw new FourEyesViolation(review.reviewId, decidedBy);
  if (committee.includes(review.requestedBy))
    throw new FourEyesViolation(review.reviewId, review.requestedBy);
  if (!committee.includes(decidedBy)) throw new DeciderNotOnCommittee(decidedBy);
  if (command.decision === 'approve' && committee.length < minimumCommitteeMembers)
    throw new CommitteeTooSmall(committee.length, minimumCommitteeMembers);
  return committee;
}
