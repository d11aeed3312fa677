import type { Customer } from '../state/customer-state';
import { laterOf } from '../time';
import { daysAfter, type FlagWindow, OPEN_END } from './mining-flag';

/**
 * Seed 002 潜在客户: assets above a threshold held almost only in deposits (fewer than two
 * product types), or a large inflow in the last 30 days. Both numbers are the bank's to set.
 */
export type PotentialPolicy = {
  policyVersion: string;
  /** Assets from this amount (inclusive) with few product types. */
  assetsFromMinor: number;
  /** "Fewer than two product types": the active holdings' distinct types are below this. */
  productTypesBelow: number;
  /** A revaluation that raised assets by at least this much (inclusive) is a large inflow. */
  inflowFromMinor: number;
  inflowWithinDays: number;
};

export const POTENTIAL_POLICY: PotentialPolicy = {
  policyVersion: 'potential/v1',
  assetsFromMinor: 500_000_00,
  productTypesBelow: 2,
  inflowFromMinor: 200_000_00,
  inflowWithinDays: 30,
};

export function potentialWindows(customer: Customer, policy = POTENTIAL_POLICY): FlagWindow[] {
  if (customer.status !== 'active') return [];
  const windows: FlagWindow[] = [];
  const active = Object.values(customer.holdings).filter((holding) => holding.status === 'active');
  const productTypes = new Set(active.map((holding) => holding.productType)).size;
  const assetsMinor = customer.totalFinancialAssets.amountMinor;
  if (assetsMinor >= policy.assetsFromMinor && productTypes < policy.productTypesBelow) {
    windows.push({
      flag: 'potential',
      rule: `${policy.policyVersion}/concentrated-assets`,
      from: concentratedSince(customer),
      until: OPEN_END,
      inputs: { totalFinancialAssetsMinor: assetsMinor, productTypes },
    });
  }
  // Inflows are seen through the last large movement the valuation recorded (ADR 0023).
  const movement = customer.lastLargeMovement;
  if (movement !== null && movement.deltaMinor >= policy.inflowFromMinor) {
    windows.push({
      flag: 'potential',
      rule: `${policy.policyVersion}/large-inflow`,
      from: movement.asOf,
      until: daysAfter(movement.asOf, policy.inflowWithinDays),
      inputs: { inflowMinor: movement.deltaMinor, inflowAt: movement.asOf },
    });
  }
  return windows;
}

/** The last fact the judgment rests on: a valuation or a holding opened or matured. */
function concentratedSince(customer: Customer): string {
  let since = laterOf(customer.lastValuationAt, customer.onboardedAt);
  for (const holding of Object.values(customer.holdings)) {
    since = laterOf(holding.maturedAt, laterOf(holding.openedAt, since));
  }
  return since;
}
