import type { Customer } from '../state/customer-state';
import type { Tier } from '../tiers';
import { type FlagWindow, OPEN_END } from './mining-flag';

/**
 * Seed 002 优势客户: the top decile of contribution in its branch, or tier PRIVATE / STRATEGIC.
 * The tier half is judged from the state; the decile half needs a cross-customer figure the read
 * side measures (BranchStanding, ADR 0028). `topContributionShare` (a decile: 0.1) is the share.
 */
export type AdvantagePolicy = { policyVersion: string; tiers: Tier[]; topContributionShare: number };

export const ADVANTAGE_POLICY: AdvantagePolicy = {
  policyVersion: 'advantage/v1',
  tiers: ['PRIVATE', 'STRATEGIC'],
  topContributionShare: 0.1,
};

/**
 * A branch's contribution ranking as the read side measured it: how many active customers of the
 * branch have a recorded contribution, and the contribution of the last one inside the top share
 * (null when none is ranked).
 */
export type BranchStanding = { branchId: string; ranked: number; cutoffMinor: number | null };

/** The customer's latest contribution as the 360 document keeps it. */
export type LatestContribution = { year: number; amountMinor: number; recordedAt: string };

/** How many of `ranked` customers the top share holds: ceil(ranked × share); ties at the edge join them. */
export function topShareCount(ranked: number, policy = ADVANTAGE_POLICY): number {
  // The epsilon keeps 10 × 0.1 at 1, not 2 (0.1 has no exact binary form).
  return Math.max(0, Math.ceil(ranked * policy.topContributionShare - 1e-9));
}

/** The decile half: a contribution at or above its branch's cut-off, since it was recorded. */
export function advantageDecileWindow(
  customer: Customer,
  latest: LatestContribution | null,
  standing: BranchStanding,
  policy = ADVANTAGE_POLICY,
): FlagWindow[] {
  if (customer.status !== 'active' || latest === null || standing.cutoffMinor === null) return [];
  if (standing.branchId !== customer.branchId || latest.amountMinor < standing.cutoffMinor) return [];
  return [
    {
      flag: 'advantage',
      rule: `${policy.policyVersion}/branch-top-share`,
      from: latest.recordedAt,
      until: OPEN_END,
      inputs: {
        contributionMinor: latest.amountMinor,
        year: latest.year,
        branchCutoffMinor: standing.cutoffMinor,
        rankedInBranch: standing.ranked,
        topShare: policy.topContributionShare,
      },
    },
  ];
}

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
