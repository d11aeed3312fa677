import { DEFAULT_POLICIES } from '../policies/domain-policies';
import { given } from '../../test/decider-specification';
import {
  CHEN,
  cny,
  command,
  contributed,
  CUSTOMER_ID,
  onboarded,
  REVIEW_ID,
  reviewOpened,
  RM,
  ZHAO,
} from '../../test/fixtures';
import {
  CommitteeTooSmall,
  DeciderNotOnCommittee,
  FourEyesViolation,
  NoContributionRecorded,
  TierNotInScheme,
  TierReviewAlreadyDecided,
  TierReviewAlreadyExists,
  TierReviewNotFound,
} from '../errors';

const open = command('OpenTierReview', {
  reviewId: REVIEW_ID,
  rationale: 'contribution grew 20% with three departments engaged',
  specialBackground: 'government-or-monopoly',
  openedAt: '2026-11-20T09:00:00Z',
});

const approve = (
  body: { committee?: string[]; decidedTier?: 'KEY' | 'STRATEGIC' | 'WEALTH' | 'PRIVATE' } = {},
) =>
  command(
    'DecideTierReview',
    {
      reviewId: REVIEW_ID,
      decision: 'approve',
      committee: [CHEN.id, ZHAO.id],
      reason: 'meets the strategic criteria',
      effectiveAt: '2026-11-24T00:00:00Z',
      ...body,
    },
    { actor: CHEN },
  );

const reject = command(
  'DecideTierReview',
  { reviewId: REVIEW_ID, decision: 'reject', committee: [CHEN.id], reason: 'insufficient evidence' },
  { actor: CHEN },
);

const corporateCriteria = {
  scheme: 'corporate' as const,
  year: 2025,
  contribution: cny(12_000_000),
  departmentsEngaged: 3,
  growthRate: 0.2,
  specialBackground: 'government-or-monopoly' as const,
  points: { contribution: 6, breadth: 2, growth: 2, background: 2, total: 12 },
};

describe('opening a tier review', () => {
  describe('when a corporate customer has contributions', () => {
    const history = [
      onboarded({ segment: 'corporate' }),
      contributed({ year: 2024, contribution: cny(500_000) }),
      contributed(),
    ];

    it('snapshots the latest year, the points and the computed tier; the proposal defaults to it', () => {
      given(history)
        .when(open)
        .then([
          reviewOpened({
            scheme: 'corporate',
            criteria: corporateCriteria,
            computedTier: 'STRATEGIC',
            proposedTier: 'STRATEGIC',
            rationale: 'contribution grew 20% with three departments engaged',
            policyVersion: 'corporate-tier/v1',
          }),
        ]);
    });

    it('keeps a proposal that differs from the computed tier', () => {
      const [event] = given(history)
        .when({ ...open, proposedTier: 'KEY' })
        .events();
      expect(event?.data).toMatchObject({ computedTier: 'STRATEGIC', proposedTier: 'KEY' });
    });

    it('refuses a proposal from the other scheme', () => {
      given(history)
        .when({ ...open, proposedTier: 'PRIVATE' })
        .thenThrows(TierNotInScheme);
    });

    it('refuses a review id already used', () => {
      const opened = given(history).when(open).events();
      given([...history, ...opened])
        .when(open)
        .thenThrows(TierReviewAlreadyExists);
    });
  });

  describe('when a corporate customer has no contribution', () => {
    it('refuses: the points model has nothing to score', () => {
      given([onboarded({ segment: 'corporate' })])
        .when(open)
        .thenThrows(NoContributionRecorded);
    });
  });

  describe('when a retail customer is onboarded', () => {
    it('computes the tier from the total financial assets', () => {
      const [event] = given([onboarded()])
        .when({ ...open, proposedTier: 'WEALTH' })
        .events();
      expect(event?.data).toMatchObject({
        scheme: 'retail',
        criteria: { scheme: 'retail', totalFinancialAssets: cny(0) },
        computedTier: 'MASS',
        proposedTier: 'WEALTH',
        requestedBy: RM.id,
        policyVersion: 'retail-tier/v1',
      });
    });
  });
});

describe('deciding a tier review', () => {
  describe('when no review exists', () => {
    it('refuses an unknown review', () => {
      given([onboarded()]).when(approve()).thenThrows(TierReviewNotFound);
    });
  });

  describe('when a retail review is open', () => {
    const history = [onboarded(), reviewOpened()];

    it('records the committee decision as an override of the computed tier, with its reason', () => {
      given(history)
        .when(approve())
        .then([
          {
            type: 'TierReassessed',
            schemaVersion: 1,
            data: {
              customerId: CUSTOMER_ID,
              reviewId: REVIEW_ID,
              scheme: 'retail',
              criteria: { scheme: 'retail', totalFinancialAssets: cny(0) },
              computedTier: 'MASS',
              requestedBy: RM.id,
              fromTier: 'MASS',
              toTier: 'WEALTH',
              override: true,
              overrideReason: 'meets the strategic criteria',
              reason: 'meets the strategic criteria',
              committee: [CHEN.id, ZHAO.id],
              decidedBy: CHEN.id,
              effectiveAt: '2026-11-24T00:00:00.000Z',
              policyVersion: 'retail-tier/v1',
            },
          },
        ]);
    });

    it('lets the committee decide another tier than proposed', () => {
      const [event] = given(history)
        .when(approve({ decidedTier: 'PRIVATE' }))
        .events();
      expect(event?.data).toMatchObject({ toTier: 'PRIVATE', override: true });
    });

    it('records no override when the committee follows the computed tier', () => {
      const [event] = given([onboarded(), reviewOpened({ proposedTier: 'MASS' })])
        .when(approve())
        .events();
      expect(event?.data).toMatchObject({ toTier: 'MASS', override: false, overrideReason: null });
    });

    it('refuses a decided tier from the other scheme', () => {
      given(history)
        .when(approve({ decidedTier: 'STRATEGIC' }))
        .thenThrows(TierNotInScheme);
    });

    it('refuses a decision by the requester (four-eyes)', () => {
      given(history)
        .when({ ...approve({ committee: [RM.id, CHEN.id] }), actor: RM })
        .thenThrows(FourEyesViolation);
    });

    it('refuses a committee that includes the requester (four-eyes)', () => {
      given(history)
        .when(approve({ committee: [CHEN.id, RM.id] }))
        .thenThrows(FourEyesViolation);
    });

    it('refuses a decider who is not on the committee', () => {
      given(history)
        .when(approve({ committee: [ZHAO.id, 'committee-wang'] }))
        .thenThrows(DeciderNotOnCommittee);
    });

    it('refuses a tier change with fewer than two distinct committee members', () => {
      given(history)
        .when(approve({ committee: [CHEN.id] }))
        .thenThrows(CommitteeTooSmall);
      given(history)
        .when(approve({ committee: [CHEN.id, CHEN.id] }))
        .thenThrows(CommitteeTooSmall);
    });

    it('takes the quorum from the four-eyes policy', () => {
      const threeMembers = {
        ...DEFAULT_POLICIES,
        fourEyes: { policyVersion: 'four-eyes/test', minimumCommitteeMembers: 3 },
      };
      given(history, threeMembers)
        .when(approve({ committee: [CHEN.id, ZHAO.id] }))
        .thenThrows(CommitteeTooSmall);
      const events = given(history, threeMembers)
        .when(approve({ committee: [CHEN.id, ZHAO.id, 'committee-wang'] }))
        .events();
      expect(events.map((event) => event.type)).toEqual(['TierReassessed']);
    });

    it('records a rejection, by a single committee member, keeping the tier', () => {
      given(history)
        .when(reject)
        .then([
          {
            type: 'TierReviewRejected',
            schemaVersion: 1,
            data: {
              customerId: CUSTOMER_ID,
              reviewId: REVIEW_ID,
              scheme: 'retail',
              criteria: { scheme: 'retail', totalFinancialAssets: cny(0) },
              computedTier: 'MASS',
              requestedBy: RM.id,
              tier: 'MASS',
              proposedTier: 'WEALTH',
              reason: 'insufficient evidence',
              committee: [CHEN.id],
              decidedBy: CHEN.id,
              rejectedAt: '2026-11-24T10:00:00.000Z',
              policyVersion: 'retail-tier/v1',
            },
          },
        ]);
    });

    it('refuses a rejection by the requester (four-eyes)', () => {
      given(history)
        .when({ ...reject, committee: [RM.id], actor: RM })
        .thenThrows(FourEyesViolation);
    });
  });

  describe('when the review is decided', () => {
    it('refuses a second approval', () => {
      const history = [onboarded(), reviewOpened()];
      const decided = [...history, ...given(history).when(approve()).events()];
      given(decided).when(approve()).thenThrows(TierReviewAlreadyDecided);
    });

    it('refuses to approve a rejected review', () => {
      const history = [onboarded(), reviewOpened()];
      const rejected = [...history, ...given(history).when(reject).events()];
      given(rejected).when(approve()).thenThrows('TIER_REVIEW_ALREADY_DECIDED');
    });
  });
});
