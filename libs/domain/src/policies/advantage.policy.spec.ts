import { onboarded, ONBOARDED_AT } from '../../test/fixtures';
import type { Customer } from '../state/customer-state';
import { evolveAll } from '../state/evolve';
import { advantageDecileWindow, type BranchStanding, topShareCount } from './advantage.policy';
import { DEFAULT_POLICIES } from './domain-policies';
import { flagsAt } from './mining-flags';

const NOW = '2026-03-01T00:00:00.000Z';
const advantage = (customer: Customer) =>
  flagsAt(customer, NOW, DEFAULT_POLICIES).find((judgment) => judgment.flag === 'advantage');

describe('advantage (seed 002 优势客户, the tier half)', () => {
  it('a PRIVATE customer is an advantage customer since the tier', () => {
    const customer = evolveAll([onboarded({ tier: 'PRIVATE' })]) as Customer;
    expect(advantage(customer)).toEqual({
      flag: 'advantage',
      since: ONBOARDED_AT,
      rule: 'advantage/v1/tier',
      inputs: { tier: 'PRIVATE' },
    });
  });

  it('a STRATEGIC corporate is one too; WEALTH and KEY are not', () => {
    const strategic = evolveAll([onboarded({ segment: 'corporate', tier: 'STRATEGIC' })]) as Customer;
    expect(advantage(strategic)?.inputs).toEqual({ tier: 'STRATEGIC' });
    expect(advantage(evolveAll([onboarded({ tier: 'WEALTH' })]) as Customer)).toBeUndefined();
    expect(
      advantage(evolveAll([onboarded({ segment: 'corporate', tier: 'KEY' })]) as Customer),
    ).toBeUndefined();
  });

  it('the tiers are the policy’s', () => {
    const customer = evolveAll([onboarded({ tier: 'WEALTH' })]) as Customer;
    const policies = {
      ...DEFAULT_POLICIES,
      advantage: { ...DEFAULT_POLICIES.advantage, policyVersion: 'a/x', tiers: ['WEALTH' as const] },
    };
    expect(flagsAt(customer, NOW, policies).map((f) => f.flag)).toEqual(['advantage']);
  });
});

describe('advantage (seed 002 优势客户, the branch top-decile half)', () => {
  const customer = evolveAll([onboarded()]) as Customer;
  const latest = (amountMinor: number) => ({
    year: 2025,
    amountMinor,
    recordedAt: '2026-02-10T09:00:00.000Z',
  });
  const standing = (cutoffMinor: number | null, ranked = 10): BranchStanding => ({
    branchId: customer.branchId,
    ranked,
    cutoffMinor,
  });

  it.each([
    [0, 0],
    [1, 1],
    [9, 1],
    [10, 1],
    [11, 2],
    [20, 2],
    [21, 3],
  ])('of %i ranked customers the top decile holds %i', (ranked, count) => {
    expect(topShareCount(ranked)).toBe(count);
  });

  it('holds at the cut-off itself, since the contribution was recorded, with the figures that raised it', () => {
    expect(advantageDecileWindow(customer, latest(500_000_00), standing(500_000_00, 11))).toEqual([
      {
        flag: 'advantage',
        rule: 'advantage/v1/branch-top-share',
        from: '2026-02-10T09:00:00.000Z',
        until: '9999-12-31T23:59:59.999Z',
        inputs: {
          contributionMinor: 500_000_00,
          year: 2025,
          branchCutoffMinor: 500_000_00,
          rankedInBranch: 11,
          topShare: 0.1,
        },
      },
    ]);
  });

  it('does not hold one fen below the cut-off', () => {
    expect(advantageDecileWindow(customer, latest(500_000_00 - 1), standing(500_000_00))).toEqual([]);
  });

  it('needs a recorded contribution, a ranked branch, the customer’s own branch and an active customer', () => {
    expect(advantageDecileWindow(customer, null, standing(1))).toEqual([]);
    expect(advantageDecileWindow(customer, latest(5), standing(null, 0))).toEqual([]);
    expect(advantageDecileWindow(customer, latest(5), { ...standing(1), branchId: 'elsewhere' })).toEqual([]);
    const gone = { ...customer, status: 'offboarded' as const };
    expect(advantageDecileWindow(gone, latest(5), standing(1))).toEqual([]);
  });

  it('takes the share from the policy', () => {
    const quartile = { ...DEFAULT_POLICIES.advantage, topContributionShare: 0.25 };
    expect(topShareCount(10, quartile)).toBe(3);
  });
});
