import fc from 'fast-check';
import { tierRank } from '../tiers';
import { RETAIL_TIER_POLICY, retailTier } from './retail-tier.policy';

const yuan = (amount: string) => Math.round(Number(amount) * 100);

describe('retail tier policy', () => {
  it.each([
    ['0.00', 'MASS'],
    ['99999.99', 'MASS'],
    ['100000.00', 'WEALTH'],
    ['5000000.00', 'WEALTH'],
    ['5000000.01', 'PRIVATE'],
  ])('%s is %s (DESIGN §2 boundaries)', (amount, tier) => {
    expect(retailTier(yuan(amount))).toBe(tier);
  });

  it('lands every amount exactly where MASS < 100,000 ≤ WEALTH ≤ 5,000,000 < PRIVATE says', () => {
    const nearBoundary = fc.oneof(
      fc.integer({ min: -10_000, max: 10_000 }).map((d) => RETAIL_TIER_POLICY.wealthFromMinor + d),
      fc.integer({ min: -10_000, max: 10_000 }).map((d) => RETAIL_TIER_POLICY.privateAboveMinor + d),
      fc.maxSafeNat(),
    );
    fc.assert(
      fc.property(nearBoundary, (minor) => {
        const expected = minor < 100_000_00 ? 'MASS' : minor <= 5_000_000_00 ? 'WEALTH' : 'PRIVATE';
        expect(retailTier(minor)).toBe(expected);
      }),
    );
  });

  it('never lowers the tier for more assets', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.maxSafeNat(), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(tierRank(retailTier(high))).toBeGreaterThanOrEqual(tierRank(retailTier(low)));
      }),
    );
  });

  it('follows a configured policy', () => {
    const policy = { ...RETAIL_TIER_POLICY, wealthFromMinor: 50_000_00, policyVersion: 'retail-tier/v2' };
    expect(retailTier(60_000_00, policy)).toBe('WEALTH');
  });
});
