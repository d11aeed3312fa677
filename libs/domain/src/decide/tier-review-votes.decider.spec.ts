import { DEFAULT_POLICIES, type DomainPolicies } from '../policies/domain-policies';
import { given } from '../../test/decider-specification';
import { CHEN, CUSTOMER_ID, onboarded, REVIEW_ID, reviewOpened, RM, ZHAO } from '../../test/fixtures';
import { afterVotes, common, open, vote, WANG } from '../../test/tier-review-votes';
import {
  AlreadyVoted,
  FourEyesViolation,
  TierNotInScheme,
  TierOnlyWithApproval,
  TierReviewAlreadyDecided,
  TierReviewNotFound,
  TierReviewPastDeadline,
} from '../errors';

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
