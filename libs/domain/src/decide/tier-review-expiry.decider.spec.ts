import type { CustomerEvent } from '../events/customer-event';
import { DEFAULT_POLICIES } from '../policies/domain-policies';
import { evolveAll } from '../state/evolve';
import { given } from '../../test/decider-specification';
import { CHEN, command, CUSTOMER_ID, REVIEW_ID, RM, ZHAO } from '../../test/fixtures';
import { afterVotes, common, open, SYSTEM, vote, WANG } from '../../test/tier-review-votes';
import { TierReviewAlreadyDecided, TierReviewNotDue } from '../errors';

describe('a review decided before votes existed', () => {
  it('folds approved from its TierReassessed with a named committee, and takes no vote', () => {
    const legacy: CustomerEvent = {
      type: 'TierReassessed',
      schemaVersion: 1,
      data: {
        ...common,
        fromTier: 'MASS',
        toTier: 'WEALTH',
        override: true,
        overrideReason: 'family',
        reason: 'family',
        committee: [CHEN.id, ZHAO.id],
        decidedBy: CHEN.id,
        effectiveAt: '2026-11-22T09:00:00.000Z',
      },
    };
    const customer = evolveAll([...open, legacy]);
    expect(customer).toMatchObject({
      tier: 'WEALTH',
      tierReviews: { [REVIEW_ID]: { status: 'approved', votes: [] } },
    });
    given([...open, legacy])
      .when(vote(WANG))
      .thenThrows(TierReviewAlreadyDecided);
  });
});

describe('expiring a tier review', () => {
  const expire = (now: string) =>
    command('ExpireTierReview', { reviewId: REVIEW_ID }, { actor: SYSTEM, now });

  it('records the expiry at the deadline, with the votes it had', () => {
    const history = afterVotes(open, [vote(CHEN, { vote: 'reject' })]);
    given(history)
      .when(expire('2026-12-21T00:00:00.000Z'))
      .then([
        {
          type: 'TierReviewExpired',
          schemaVersion: 1,
          data: {
            customerId: CUSTOMER_ID,
            reviewId: REVIEW_ID,
            scheme: 'retail',
            tier: 'MASS',
            proposedTier: 'WEALTH',
            requestedBy: RM.id,
            openedAt: '2026-11-20T09:00:00.000Z',
            expiredAt: '2026-12-20T09:00:00.000Z',
            approvals: 0,
            rejections: 1,
            policyVersion: 'four-eyes/v2',
          },
        },
      ]);
  });

  it('refuses before the deadline, and once the review is closed', () => {
    given(open).when(expire('2026-12-20T08:59:59.000Z')).thenThrows(TierReviewNotDue);
    const expired = [...open, ...given(open).when(expire('2026-12-21T00:00:00.000Z')).events()];
    given(expired).when(expire('2026-12-22T00:00:00.000Z')).thenThrows(TierReviewAlreadyDecided);
    given(expired)
      .when(vote(CHEN, { now: '2026-12-01T00:00:00.000Z' }))
      .thenThrows('TIER_REVIEW_ALREADY_DECIDED');
  });

  it('takes the days from the policy', () => {
    const week = {
      ...DEFAULT_POLICIES,
      fourEyes: { ...DEFAULT_POLICIES.fourEyes, reviewExpiresAfterDays: 7 },
    };
    const [expired] = given(open, week).when(expire('2026-11-27T09:00:00.000Z')).events();
    expect(expired?.data).toMatchObject({ expiredAt: '2026-11-27T09:00:00.000Z' });
  });
});
