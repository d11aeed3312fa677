import { AlreadyVoted, FourEyesViolation } from '../errors/tier-review.errors';
import type { FourEyesPolicy } from '../policies/four-eyes.policy';
import type { CastVote, TierReview } from '../state/customer-state';
import { addHours } from '../time';
import type { Tier } from '../tiers';

/** The instant a review without quorum expires: its opening plus the policy's days. */
export function reviewDeadline(review: TierReview, { reviewExpiresAfterDays }: FourEyesPolicy): string {
  return addHours(review.openedAt, reviewExpiresAfterDays * 24);
}

/** Four-eyes: the member is not the requester and has not voted yet, so every vote counts one person. */
export function checkVoter(review: TierReview, memberId: string): void {
  if (memberId === review.requestedBy) throw new FourEyesViolation(review.reviewId, memberId);
  if (review.votes.some((cast) => cast.memberId === memberId))
    throw new AlreadyVoted(review.reviewId, memberId);
}

export type Quorum =
  { outcome: 'approved'; tier: Tier; committee: string[] } | { outcome: 'rejected'; committee: string[] };

/**
 * Whether the votes so far close the review. "Agreed" means the same tier: approvals count towards
 * the tier they name (the proposed one unless a member named another), and the review is approved
 * only when `minimumCommitteeMembers` of them name one tier; approvals split between tiers wait for
 * more votes. `rejectionsToClose` rejections close it unchanged. Members are distinct and none is the
 * requester (checkVoter), so a count of votes is a count of people.
 */
export function quorumOf(votes: readonly CastVote[], policy: FourEyesPolicy): Quorum | null {
  const rejecting = votes.filter((cast) => cast.vote === 'reject').map((cast) => cast.memberId);
  if (rejecting.length >= policy.rejectionsToClose) return { outcome: 'rejected', committee: rejecting };
  const byTier = new Map<Tier, string[]>();
  for (const cast of votes) {
    if (cast.vote !== 'approve' || cast.tier === null) continue;
    const members = [...(byTier.get(cast.tier) ?? []), cast.memberId];
    if (members.length >= policy.minimumCommitteeMembers)
      return { outcome: 'approved', tier: cast.tier, committee: members };
    byTier.set(cast.tier, members);
  }
  return null;
}
