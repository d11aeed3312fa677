import { DEFAULT_POLICIES } from './domain-policies';
import { PolicyValueError, withPolicyOverrides } from './policy-overrides';

describe('mining flag thresholds are configurable, and checked', () => {
  it('takes a bank’s thresholds', () => {
    const policies = withPolicyOverrides(DEFAULT_POLICIES, {
      sleeping: { inactiveDays: 120 },
      flightRisk: { assetsDropFraction: 0.25 },
      advantage: { tiers: ['WEALTH', 'KEY'] },
    });
    expect(policies.sleeping.inactiveDays).toBe(120);
    expect(policies.flightRisk.assetsDropFraction).toBe(0.25);
    expect(policies.advantage.tiers).toEqual(['WEALTH', 'KEY']);
  });

  it.each([
    [{ flightRisk: { assetsDropFraction: 1.5 } }, 'flightRisk.assetsDropFraction'],
    [{ activityLevel: { lowAfterDays: 0 } }, 'activityLevel.lowAfterDays'],
    [{ potential: { productTypesBelow: 0 } }, 'potential.productTypesBelow'],
    [{ advantage: { tiers: ['GOLD', 'KEY'] } }, 'advantage.tiers[0]'],
  ])('refuses %j naming %s', (overrides, field) => {
    expect(() => withPolicyOverrides(DEFAULT_POLICIES, overrides)).toThrow(PolicyValueError);
    expect(() => withPolicyOverrides(DEFAULT_POLICIES, overrides)).toThrow(
      new RegExp(`^${field.replace(/[[\].]/g, '\\$&')}:`),
    );
  });
});
