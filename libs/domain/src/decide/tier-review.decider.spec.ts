import { given } from '../../test/decider-specification';
import { cny, command, contributed, onboarded, REVIEW_ID, reviewOpened, RM } from '../../test/fixtures';
import { NoContributionRecorded, TierNotInScheme, TierReviewAlreadyExists } from '../errors';

const open = command('OpenTierReview', {
  reviewId: REVIEW_ID,
  rationale: 'contribution grew 20% with three departments engaged',
  specialBackground: 'government-or-monopoly',
  openedAt: '2026-11-20T09:00:00Z',
});

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
