import type { Actor } from '../actor';
import type { CustomerEvent } from '../events/customer-event';
import { DEFAULT_POLICIES, type DomainPolicies } from '../policies/domain-policies';
import { evolveAll } from '../state/evolve';
import { given } from '../../test/decider-specification';
import {
  CHEN,
  cny,
  command,
  CUSTOMER_ID,
  onboarded,
  REVIEW_ID,
  reviewOpened,
  RM,
  ZHAO,
} from '../../test/fixtures';
import {
  AlreadyVoted,
  FourEyesViolation,
  TierNotInScheme,
  TierOnlyWithApproval,
  TierReviewAlreadyDecided,
  TierReviewNotDue,
  TierReviewNotFound,
  TierReviewPastDeadline,
} from '../errors';

const WANG: Actor = { id: 'committee-wang', role: 'committee-member' };
const SYSTEM: Actor = { id: 'system', role: 'system' };

type Vote = { vote?: 'approve' | 'reject'; tier?: 'MASS' | 'WEALTH' | 'PRIVATE' | 'STRATEGIC'; now?: string };
const vote = (actor: Actor, { vote = 'approve', tier, now }: Vote = {}) =>
  command(
    'CastTierReviewVote',
    { reviewId: REVIEW_ID, vote, reason: `${actor.id} agrees`, ...(tier !== undefined && { tier }) },
    { actor, ...(now !== undefined && { now }) },
  );

/** The history after these votes, each decided on the history before it. */
function afterVotes(history: CustomerEvent[], votes: ReturnType<typeof vote>[], policies = DEFAULT_POLICIES) {
  return votes.reduce((events, next) => [...events, ...given(events, policies).when(next).events()], history);
}

const open = [onboarded(), reviewOpened()];
const common = {
  customerId: CUSTOMER_ID,
  reviewId: REVIEW_ID,
  scheme: 'retail' as const,
  criteria: { scheme: 'retail' as const, totalFinancialAssets: cny(0) },
  computedTier: 'MASS' as const,
  requestedBy: RM.id,
  policyVersion: 'retail-tier/v1',
};

describe('voting on a tier review', () => {
  describe('when no review exists', () => {
    it('refuses an unknown review', () => {
      given([onboarded()]).when(vote(CHEN)).thenThrows(TierReviewNotFound);
    });
  });

  describe('when a retail review is open with no votes', () => {
    it('records the vote of the caller, for the proposed tier, and leaves the review open', () => {
      given(open)
        .when(vote(CHEN))
        .then([
          {
            type: 'TierReviewVoteCast',
            schemaVersion: 1,
            data: {
              customerId: CUSTOMER_ID,
              reviewId: REVIEW_ID,
              memberId: CHEN.id,
              vote: 'approve',
              tier: 'WEALTH',
              reason: 'committee-chen agrees',
              castAt: '2026-11-24T10:00:00.000Z',
            },
          },
        ]);
    });

    it('refuses a vote by the requester (four-eyes)', () => {
      given(open).when(vote(RM)).thenThrows(FourEyesViolation);
      given(open)
        .when(vote(RM, { vote: 'reject' }))
        .thenThrows('FOUR_EYES_VIOLATION');
    });

    it('refuses a tier on a rejection, and a tier of the other scheme', () => {
      given(open)
        .when(vote(CHEN, { vote: 'reject', tier: 'PRIVATE' }))
        .thenThrows(TierOnlyWithApproval);
      given(open)
        .when(vote(CHEN, { tier: 'STRATEGIC' }))
        .thenThrows(TierNotInScheme);
    });

    it('refuses a vote at or after the deadline: opened + reviewExpiresAfterDays', () => {
      given(open)
        .when(vote(CHEN, { now: '2026-12-20T09:00:00.000Z' }))
        .thenThrows(TierReviewPastDeadline);
      const [cast] = given(open)
        .when(vote(CHEN, { now: '2026-12-20T08:59:59.999Z' }))
        .events();
      expect(cast?.type).toBe('TierReviewVoteCast');
    });
  });

  describe('when one member has approved', () => {
    const oneApproval = afterVotes(open, [vote(ZHAO)]);

    it('refuses a second vote by the same member (ALREADY_VOTED)', () => {
      given(oneApproval).when(vote(ZHAO)).thenThrows(AlreadyVoted);
      given(oneApproval)
        .when(vote(ZHAO, { vote: 'reject' }))
        .thenThrows('ALREADY_VOTED');
    });

    it('closes the review on a second approval of the same tier: the voters are the committee', () => {
      const [cast, reassessed, ...more] = given(oneApproval).when(vote(CHEN)).events();
      expect(cast).toMatchObject({ type: 'TierReviewVoteCast', data: { memberId: CHEN.id, tier: 'WEALTH' } });
      expect(more).toEqual([]);
      expect(reassessed).toEqual({
        type: 'TierReassessed',
        schemaVersion: 1,
        data: {
          ...common,
          fromTier: 'MASS',
          toTier: 'WEALTH',
          override: true,
          overrideReason: 'committee-chen agrees',
          reason: 'committee-chen agrees',
          committee: [ZHAO.id, CHEN.id],
          decidedBy: CHEN.id,
          effectiveAt: '2026-11-24T10:00:00.000Z',
        },
      });
    });

    it('keeps the review open while the approvals name different tiers', () => {
      const events = given(oneApproval)
        .when(vote(CHEN, { tier: 'PRIVATE' }))
        .events();
      expect(events.map((event) => event.type)).toEqual(['TierReviewVoteCast']);
      const agreed = afterVotes(oneApproval, [
        vote(CHEN, { tier: 'PRIVATE' }),
        vote(WANG, { tier: 'PRIVATE' }),
      ]);
      const closing = agreed.at(-1);
      expect(closing?.type).toBe('TierReassessed');
      expect(closing?.data).toMatchObject({
        toTier: 'PRIVATE',
        committee: [CHEN.id, WANG.id],
        decidedBy: WANG.id,
      });
    });

    it('records no override when the agreed tier is the computed one', () => {
      const history = [onboarded(), reviewOpened({ proposedTier: 'MASS' })];
      const closing = afterVotes(history, [vote(ZHAO), vote(CHEN)]).at(-1);
      expect(closing?.data).toMatchObject({ toTier: 'MASS', override: false, overrideReason: null });
    });

    it('takes the quorum from the four-eyes policy', () => {
      const threeMembers: DomainPolicies = {
        ...DEFAULT_POLICIES,
        fourEyes: { ...DEFAULT_POLICIES.fourEyes, minimumCommitteeMembers: 3 },
      };
      const two = afterVotes(open, [vote(ZHAO), vote(CHEN)], threeMembers);
      expect(two.at(-1)?.type).toBe('TierReviewVoteCast');
      const closing = given(two, threeMembers).when(vote(WANG)).events().at(-1);
      expect(closing?.data).toMatchObject({ committee: [ZHAO.id, CHEN.id, WANG.id] });
    });
  });

  describe('when one member has rejected', () => {
    const oneRejection = afterVotes(open, [vote(ZHAO, { vote: 'reject' })]);

    it('closes the review on the second rejection, keeping the tier: the rejecting voters are the committee', () => {
      const [, rejected] = given(oneRejection)
        .when(vote(CHEN, { vote: 'reject' }))
        .events();
      expect(rejected).toEqual({
        type: 'TierReviewRejected',
        schemaVersion: 1,
        data: {
          ...common,
          tier: 'MASS',
          proposedTier: 'WEALTH',
          reason: 'committee-chen agrees',
          committee: [ZHAO.id, CHEN.id],
          decidedBy: CHEN.id,
          rejectedAt: '2026-11-24T10:00:00.000Z',
        },
      });
    });

    it('takes the rejections that close a review from the policy', () => {
      const oneCloses = {
        ...DEFAULT_POLICIES,
        fourEyes: { ...DEFAULT_POLICIES.fourEyes, rejectionsToClose: 1 },
      };
      const events = given(open, oneCloses)
        .when(vote(CHEN, { vote: 'reject' }))
        .events();
      expect(events.map((event) => event.type)).toEqual(['TierReviewVoteCast', 'TierReviewRejected']);
    });

    it('still needs two approvals besides the rejection', () => {
      const history = afterVotes(oneRejection, [vote(CHEN), vote(WANG)]);
      expect(history.at(-1)?.data).toMatchObject({ committee: [CHEN.id, WANG.id], decidedBy: WANG.id });
    });
  });

  describe('when the review is closed', () => {
    it('refuses any further vote', () => {
      const approved = afterVotes(open, [vote(ZHAO), vote(CHEN)]);
      given(approved).when(vote(WANG)).thenThrows(TierReviewAlreadyDecided);
      const rejected = afterVotes(open, [vote(ZHAO, { vote: 'reject' }), vote(CHEN, { vote: 'reject' })]);
      given(rejected).when(vote(WANG)).thenThrows('TIER_REVIEW_ALREADY_DECIDED');
    });
  });
});

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
