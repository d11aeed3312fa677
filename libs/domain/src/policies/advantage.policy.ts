import type { Customer } from '../state/customer-state';
import type { Tier } from '../tiers';
import { type FlagWindow, OPEN_END } from './mining-flag';

/**
 * Seed 002 优势客户: the top decile of contribution in its branch, or tier PRIVATE / STRATEGIC.
 * Only the tier half is judged here: the decile needs a cross-customer figure (ADR 0023).
 */
export type AdvantagePolicy = { policyVersion: string; tiers: Tier[] };

export const ADVANTAGE_POLICY: AdvantagePolicy = {
  policyVersion: 'advantage/v1',
  tiers: ['PRIVATE', 'STRATEGIC'],
};

export function advantageWindows(customer: Customer, policy = ADVANTAGE_POLICY): FlagWindow[] {
  if (customer.status !== 'active' || !policy.tiers.includes(customer.tier)) return [];
  return [
    {
      flag: 'advantage',
      rule: `${policy.policyVersion}/tier`,
      from: customer.tierSince,
      until: OPEN_END,
      inputs: { tier: customer.tier },
    },
  ];
}
