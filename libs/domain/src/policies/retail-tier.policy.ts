import type { RetailTier } from '../tiers';

/** Retail tiers by total financial assets (seed 003): MASS < 100,000 ≤ WEALTH ≤ 5,000,000 < PRIVATE. */
export type RetailTierPolicy = {
  policyVersion: string;
  /** The currency every threshold is expressed in. */
  currency: string;
  /** WEALTH from this amount (inclusive). */
  wealthFromMinor: number;
  /** PRIVATE above this amount (exclusive): exactly 5,000,000.00 is still WEALTH. */
  privateAboveMinor: number;
};

export const RETAIL_TIER_POLICY: RetailTierPolicy = {
  policyVersion: 'retail-tier/v1',
  currency: 'CNY',
  wealthFromMinor: 100_000_00,
  privateAboveMinor: 5_000_000_00,
};

export function retailTier(totalFinancialAssetsMinor: number, policy = RETAIL_TIER_POLICY): RetailTier {
  if (totalFinancialAssetsMinor > policy.privateAboveMinor) return 'PRIVATE';
  if (totalFinancialAssetsMinor >= policy.wealthFromMinor) return 'WEALTH';
  return 'MASS';
}
