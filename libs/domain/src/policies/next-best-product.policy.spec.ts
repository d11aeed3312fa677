import { consentWithdrawn, CUSTOMER_ID, onboarded, subscribed } from '../../test/fixtures';
import { launched, termsAfter } from '../../test/product-specification';
import type { RiskProfileAssessed } from '../events/suitability.events';
import { money } from '../money';
import { type Customer } from '../state/customer-state';
import { evolveAll } from '../state/evolve';
import type { CustomerRiskLevel } from '../vocabulary';
import { nextBestProducts } from './next-best-product.policy';

const NOW = '2026-11-12T09:00:00.000Z';

function assessed(level: CustomerRiskLevel): RiskProfileAssessed {
  return {
    type: 'RiskProfileAssessed',
    schemaVersion: 1,
    data: {
      customerId: CUSTOMER_ID,
      level,
      score: 50,
      questionnaireVersion: 'RQ-1',
      assessedAt: '2026-06-01T09:00:00.000Z',
      validUntil: '2027-06-01T09:00:00.000Z',
    },
  };
}

function customer(level: CustomerRiskLevel | null, depositYuan: number): Customer {
  return evolveAll([
    onboarded(),
    subscribed({ principal: money(depositYuan * 100), openedAt: '2026-02-01T09:00:00.000Z' }),
    ...(level === null ? [] : [assessed(level)]),
  ]) as Customer;
}

const steady = termsAfter(launched({ code: 'WM-STEADY', riskLevel: 'PR2' }));
const bold = termsAfter(launched({ code: 'WM-BOLD', riskLevel: 'PR4' }));
const fund = termsAfter(launched({ code: 'FD-1', type: 'fund', riskLevel: 'PR1' }));
const later = termsAfter(
  launched({ code: 'WM-LATER', riskLevel: 'PR1', saleOpensOn: '2026-12-01', saleClosesOn: '2026-12-31' }),
);

describe('next-best products (seed 003: deposits above 500,000 and a steady profile → wealth)', () => {
  it('suggests the open wealth products of a suitable level, with the rule and its inputs', () => {
    expect(nextBestProducts(customer('C2', 600_000), [steady, bold, fund, later], NOW)).toEqual([
      {
        productCode: 'WM-STEADY',
        rule: 'deposits-to-wealth',
        inputs: {
          depositsMinor: 60_000_000,
          depositsAboveMinor: 50_000_000,
          currency: 'CNY',
          customerRiskLevel: 'C2',
          productRiskLevel: 'PR2',
          assessmentValidUntil: '2027-06-01T09:00:00.000Z',
        },
      },
    ]);
  });

  it('suggests nothing at 500,000 or less, below a steady profile, or without a valid assessment', () => {
    expect(nextBestProducts(customer('C2', 500_000), [steady], NOW)).toEqual([]);
    expect(nextBestProducts(customer('C1', 600_000), [steady], NOW)).toEqual([]);
    expect(nextBestProducts(customer(null, 600_000), [steady], NOW)).toEqual([]);
    expect(nextBestProducts(customer('C2', 600_000), [steady], '2027-06-02T09:00:00.000Z')).toEqual([]);
  });

  it('suggests nothing to a customer who withdrew marketing consent (ADR 0024)', () => {
    const consenting = customer('C3', 600_000);
    expect(nextBestProducts(consenting, [steady], NOW)).not.toEqual([]);
    const refusing = evolveAll([consentWithdrawn()], consenting) as Customer;
    expect(nextBestProducts(refusing, [steady], NOW)).toEqual([]);
  });

  it('offers a bolder customer the bolder product too', () => {
    const codes = nextBestProducts(customer('C5', 900_000), [steady, bold], NOW).map((s) => s.productCode);
    expect(codes).toEqual(['WM-STEADY', 'WM-BOLD']);
  });
});
