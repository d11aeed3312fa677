import { given } from '../../test/decider-specification';
import { cny, command, CUSTOMER_ID, HOLDING_ID, onboarded, subscribed } from '../../test/fixtures';
import { launched, termsAfter } from '../../test/product-specification';
import type { RiskProfileAssessed } from '../events/suitability.events';
import { money } from '../money';
import { DEFAULT_POLICIES } from '../policies/domain-policies';
import { evolveAll } from '../state/evolve';
import type { CustomerRiskLevel } from '../vocabulary';

function assessed(level: CustomerRiskLevel, assessedAt = '2026-06-01T09:00:00.000Z'): RiskProfileAssessed {
  const validUntil = `${String(Number(assessedAt.slice(0, 4)) + 1)}${assessedAt.slice(4)}`;
  return {
    type: 'RiskProfileAssessed',
    schemaVersion: 1,
    data: {
      customerId: CUSTOMER_ID,
      level,
      score: 55,
      questionnaireVersion: 'RQ-2026',
      assessedAt,
      validUntil,
    },
  };
}

describe('assessing the risk profile', () => {
  const assess = command('AssessRiskProfile', {
    level: 'C3',
    score: 55,
    questionnaireVersion: 'RQ-2026',
    assessedAt: '2026-06-01T09:00:00Z',
  });

  describe('when onboarded', () => {
    it('records the level, valid for the policy period (one year by default)', () => {
      given([onboarded()])
        .when(assess)
        .then([assessed('C3')]);
    });

    it('takes the validity from the configured policy', () => {
      const policies = {
        ...DEFAULT_POLICIES,
        suitability: { ...DEFAULT_POLICIES.suitability, assessmentValidMonths: 6 },
      };
      const [event] = given([onboarded()], policies).when(assess).events();
      expect(event?.data).toMatchObject({ validUntil: '2026-12-01T09:00:00.000Z' });
    });

    it('sets the profile to the level it stands for, replacing a stated one', () => {
      const state = evolveAll([
        onboarded(),
        {
          type: 'CustomerProfileUpdated',
          schemaVersion: 1,
          data: {
            customerId: CUSTOMER_ID,
            changedFields: ['riskProfile'],
            riskProfile: 'aggressive',
            updatedAt: '2026-05-01T09:00:00.000Z',
          },
        },
        assessed('C2'),
      ]);
      expect(state).toMatchObject({ riskProfile: 'moderate', riskAssessment: { level: 'C2' } });
    });

    it('keeps the later assessment when an older one is recorded after it', () => {
      const state = evolveAll([onboarded(), assessed('C4', '2026-09-01T09:00:00.000Z'), assessed('C1')]);
      expect(state).toMatchObject({ riskAssessment: { level: 'C4' } });
    });

    it.each([-1, Number.NaN])('refuses a score of %p', (score) => {
      given([onboarded()])
        .when({ ...assess, score })
        .thenThrows('INVALID_RISK_ASSESSMENT');
    });
  });

  describe('when not onboarded', () => {
    it('is refused as an unknown customer', () => {
      given([]).when(assess).thenThrows('CUSTOMER_NOT_FOUND');
    });
  });
});

describe('subscribing under the suitability rules', () => {
  const product = termsAfter(launched({ riskLevel: 'PR3' }));
  const subscribe = command('SubscribeProduct', {
    holdingId: HOLDING_ID,
    productCode: product.code,
    productType: 'wealth',
    principal: cny(50_000),
    openedAt: '2026-11-12T09:00:00Z',
    product,
  });
  const recorded = subscribed({
    productCode: product.code,
    productType: 'wealth',
    principal: cny(50_000),
    openedAt: '2026-11-12T09:00:00.000Z',
  });
  const { maturityDate: _none, ...withoutMaturity } = recorded.data;
  const subscription = { ...recorded, data: withoutMaturity };

  describe('when assessed at or above the product level', () => {
    it.each(['C3', 'C5'] as const)('accepts a %s customer for a PR3 product', (level) => {
      given([onboarded(), assessed(level)])
        .when(subscribe)
        .then([subscription]);
    });

    it('refuses before the sale opens and after it closes (both days inclusive)', () => {
      const history = [onboarded(), assessed('C3')];
      given(history)
        .when({ ...subscribe, openedAt: '2026-11-09T23:59:59Z' })
        .thenThrows('OUTSIDE_SALE_WINDOW');
      given(history)
        .when({ ...subscribe, openedAt: '2026-12-01T00:00:00Z' })
        .thenThrows('OUTSIDE_SALE_WINDOW');
      given(history)
        .when({ ...subscribe, openedAt: '2026-11-30T23:00:00Z' })
        .then([{ ...subscription, data: { ...subscription.data, openedAt: '2026-11-30T23:00:00.000Z' } }]);
    });

    it('refuses from the instant the sale was closed early', () => {
      const closed = {
        type: 'ProductSaleClosed',
        schemaVersion: 1,
        data: { code: product.code, reason: 'sold out', closedAt: '2026-11-11T12:00:00.000Z' },
      } as const;
      given([onboarded(), assessed('C3')])
        .when({ ...subscribe, product: termsAfter(launched({ riskLevel: 'PR3' }), closed) })
        .thenThrows('OUTSIDE_SALE_WINDOW');
    });

    it('refuses a withdrawn product', () => {
      const withdrawn = {
        type: 'ProductWithdrawn',
        schemaVersion: 1,
        data: { code: product.code, reason: 'notice', withdrawnAt: '2026-11-11T12:00:00.000Z' },
      } as const;
      given([onboarded(), assessed('C3')])
        .when({ ...subscribe, product: termsAfter(launched({ riskLevel: 'PR3' }), withdrawn) })
        .thenThrows('PRODUCT_WITHDRAWN');
    });

    it('refuses a principal under the minimum, or in another currency', () => {
      const history = [onboarded(), assessed('C3')];
      given(history)
        .when({ ...subscribe, principal: cny(9_999.99) })
        .thenThrows('BELOW_MINIMUM_AMOUNT');
      given(history)
        .when({ ...subscribe, principal: money(5_000_000, 'USD') })
        .thenThrows('CURRENCY_MISMATCH');
    });

    it("refuses a product type that is not the catalog's", () => {
      given([onboarded(), assessed('C3')])
        .when({ ...subscribe, productType: 'fund' })
        .thenThrows('PRODUCT_TYPE_MISMATCH');
    });
  });

  describe('when assessed below the product level', () => {
    it('refuses with SUITABILITY_MISMATCH', () => {
      const error = given([onboarded(), assessed('C2')])
        .when(subscribe)
        .thenThrows('SUITABILITY_MISMATCH');
      expect(error.details).toMatchObject({ productRiskLevel: 'PR3', customerRiskLevel: 'C2' });
    });
  });

  describe('when never assessed, or the assessment expired', () => {
    it('refuses a wealth product with RISK_ASSESSMENT_EXPIRED', () => {
      given([onboarded()]).when(subscribe).thenThrows('RISK_ASSESSMENT_EXPIRED');
      given([onboarded(), assessed('C5', '2025-11-12T09:00:00.000Z')])
        .when(subscribe)
        .thenThrows('RISK_ASSESSMENT_EXPIRED');
    });

    it('refuses an assessment made after the holding opened', () => {
      given([onboarded(), assessed('C5', '2026-11-13T09:00:00.000Z')])
        .when(subscribe)
        .thenThrows('RISK_ASSESSMENT_EXPIRED');
    });

    it.each(['fund', 'insurance', 'wealth'] as const)(
      'refuses a %s product the catalog does not know (the legal rule follows the type)',
      (productType) => {
        const { product: _terms, ...uncatalogued } = subscribe;
        given([onboarded()])
          .when({ ...uncatalogued, productCode: 'MIGRATED-1', productType })
          .thenThrows('RISK_ASSESSMENT_EXPIRED');
      },
    );

    it('accepts a deposit the catalog does not know, with no assessment and no catalog rule', () => {
      const { product: _terms, ...uncatalogued } = subscribe;
      const [event] = given([onboarded()])
        .when({ ...uncatalogued, productCode: 'TD-OLD', productType: 'time-deposit', principal: cny(1) })
        .events();
      expect(event?.data).toMatchObject({ productCode: 'TD-OLD', productType: 'time-deposit' });
    });

    it('accepts an uncatalogued wealth product of any level with a valid assessment', () => {
      const { product: _terms, ...uncatalogued } = subscribe;
      const [event] = given([onboarded(), assessed('C1')])
        .when({ ...uncatalogued, productCode: 'MIGRATED-1' })
        .events();
      expect(event?.type).toBe('ProductSubscribed');
    });
  });
});
