import type { Actor } from '../src/actor';
import type { CustomerEvent } from '../src/events/customer-event';
import { DEFAULT_POLICIES } from '../src/policies/domain-policies';
import { given } from './decider-specification';
import { cny, command, CUSTOMER_ID, onboarded, REVIEW_ID, reviewOpened, RM } from './fixtures';

/** Votes for the tier-review specs: one builder per vote, and the history after a series of them. */
export const WANG: Actor = { id: 'committee-wang', role: 'committee-member' };
export const SYSTEM: Actor = { id: 'system', role: 'system' };

export type Vote = {
  vote?: 'approve' | 'reject';
  tier?: 'MASS' | 'WEALTH' | 'PRIVATE' | 'STRATEGIC';
  now?: string;
};
export const vote = (actor: Actor, { vote = 'approve', tier, now }: Vote = {}) =>
  command(
    'CastTierReviewVote',
    { reviewId: REVIEW_ID, vote, reason: `${actor.id} agrees`, ...(tier !== undefined && { tier }) },
    { actor, ...(now !== undefined && { now }) },
  );

/** The history after these votes, each decided on the history before it. */
export function afterVotes(
  history: CustomerEvent[],
  votes: ReturnType<typeof vote>[],
  policies = DEFAULT_POLICIES,
) {
  return votes.reduce((events, next) => [...events, ...given(events, policies).when(next).events()], history);
}

export const open: CustomerEvent[] = [onboarded(), reviewOpened()];
export const common = {
  customerId: CUSTOMER_ID,
  reviewId: REVIEW_ID,
  scheme: 'retail' as const,
  criteria: { scheme: 'retail' as const, totalFinancialAssets: cny(0) },
  computedTier: 'MASS' as const,
  requestedBy: RM.id,
  policyVersion: 'retail-tier/v1',
};
