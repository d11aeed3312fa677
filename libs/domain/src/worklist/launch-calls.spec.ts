import { consentWithdrawn, CUSTOMER_ID, onboarded } from '../../test/fixtures';
import { DEFAULT_POLICIES } from '../policies/domain-policies';
import { launched, termsAfter } from '../../test/product-specification';
import type { Customer } from '../state/customer-state';
import { evolveAll } from '../state/evolve';
import type { CustomerRiskLevel } from '../vocabulary';
import { launchCalls, launchedProduct, type LaunchedProduct } from './launch-calls';

function customer(level: CustomerRiskLevel | null): Customer {
  const assessment = {
    type: 'RiskProfileAssessed',
    schemaVersion: 1,
    data: {
      customerId: CUSTOMER_ID,
      level: level ?? 'C1',
      score: 50,
      questionnaireVersion: 'RQ-1',
      assessedAt: '2026-06-01T09:00:00.000Z',
      validUntil: '2027-06-01T09:00:00.000Z',
    },
  } as const;
  return evolveAll([onboarded(), ...(level === null ? [] : [assessment])]) as Customer;
}

const product = (fields: Parameters<typeof launched>[0] = {}): LaunchedProduct => ({
  ...termsAfter(launched({ riskLevel: 'PR3', saleOpensOn: '2026-11-10', ...fields })),
  targetRule: null,
});

describe('launch calls (seed 001 P1: the day before the sale opens and on the day)', () => {
  it('calls a suitable customer on both days, due the day before', () => {
    for (const today of ['2026-11-09', '2026-11-10']) {
      expect(launchCalls(customer('C3'), [product()], today, DEFAULT_POLICIES)).toEqual([
        {
          customerId: CUSTOMER_ID,
          relationshipManagerId: 'rm-li',
          priority: 1,
          reason: 'product-launch',
          dueDate: '2026-11-09',
          escalateToBranchHead: false,
          productCode: 'WM-2026-001',
        },
      ]);
    }
    expect(launchCalls(customer('C3'), [product()], '2026-11-08', DEFAULT_POLICIES)).toEqual([]);
    expect(launchCalls(customer('C3'), [product()], '2026-11-11', DEFAULT_POLICIES)).toEqual([]);
  });

  it('calls no one who withdrew marketing consent, even for a product without a target rule', () => {
    const refusing = evolveAll([onboarded(), consentWithdrawn()]) as Customer;
    const deposit = product({ type: 'time-deposit', riskLevel: 'PR1' });
    expect(launchCalls(refusing, [deposit], '2026-11-09', DEFAULT_POLICIES)).toEqual([]);
  });

  it('calls no one below the product level or without an assessment, for wealth, fund and insurance', () => {
    expect(launchCalls(customer('C2'), [product()], '2026-11-09', DEFAULT_POLICIES)).toEqual([]);
    expect(launchCalls(customer(null), [product({ type: 'fund' })], '2026-11-09', DEFAULT_POLICIES)).toEqual(
      [],
    );
  });

  it('calls everyone for a deposit product, and no one for a withdrawn product', () => {
    expect(
      launchCalls(customer(null), [product({ type: 'time-deposit' })], '2026-11-09', DEFAULT_POLICIES),
    ).toHaveLength(1);
    const withdrawn = { ...product(), status: 'withdrawn' as const };
    expect(launchCalls(customer('C5'), [withdrawn], '2026-11-09', DEFAULT_POLICIES)).toEqual([]);
  });

  it("calls only the customers the product's target rule names, judged on the day", () => {
    const onlyPrivate = launchedProduct(product(), { all: [{ field: 'tier', in: ['PRIVATE'] }] });
    expect(launchCalls(customer('C3'), [onlyPrivate], '2026-11-09', DEFAULT_POLICIES)).toEqual([]);
    const bold = launchedProduct(product(), { all: [{ field: 'riskLevel', min: 'C4' }] });
    expect(launchCalls(customer('C3'), [bold], '2026-11-09', DEFAULT_POLICIES)).toEqual([]);
    expect(launchCalls(customer('C5'), [bold], '2026-11-09', DEFAULT_POLICIES)).toHaveLength(1);
    const mass = launchedProduct(product(), { all: [{ field: 'tier', in: ['MASS'] }] });
    expect(launchCalls(customer('C3'), [mass], '2026-11-09', DEFAULT_POLICIES)).toHaveLength(1);
  });
});
