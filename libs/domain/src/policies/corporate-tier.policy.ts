import type { CorporatePoints } from '../events/tier.events';
import type { CorporateTier } from '../tiers';
import type { SpecialBackground } from '../vocabulary';

/** The joint assessment committee's points model (seed 000); each band's lower bound is inclusive. */
export type CorporateTierPolicy = {
  policyVersion: string;
  currency: string;
  /** Annual contribution: < 1M → 0; 1M–10M (both inclusive) → 3; > 10M → 6. */
  contribution: { middleFromMinor: number; topAboveMinor: number; middle: number; top: number };
  /** Departments engaged: one → 0; more than one → 2. */
  breadth: { moreThanOne: number };
  /** Contribution growth (fraction): < 5 % → 0; 5–15 % (both inclusive) → 1; > 15 % → 2. */
  growth: { middleFrom: number; topAbove: number; middle: number; top: number };
  background: Record<SpecialBackground, number>;
  /** Total points: ≥ 8 STRATEGIC (company level), ≥ 3 KEY (department level), else STANDARD. */
  tiers: { strategicFrom: number; keyFrom: number };
};

export const CORPORATE_TIER_POLICY: CorporateTierPolicy = {
  policyVersion: 'corporate-tier/v1',
  currency: 'CNY',
  contribution: { middleFromMinor: 1_000_000_00, topAboveMinor: 10_000_000_00, middle: 3, top: 6 },
  breadth: { moreThanOne: 2 },
  growth: { middleFrom: 0.05, topAbove: 0.15, middle: 1, top: 2 },
  background: { none: 0, some: 1, 'government-or-monopoly': 2 },
  tiers: { strategicFrom: 8, keyFrom: 3 },
};

export type CorporateCriteriaInput = {
  contributionMinor: number;
  departmentsEngaged: number;
  growthRate: number;
  specialBackground: SpecialBackground;
};

export function corporatePoints(
  input: CorporateCriteriaInput,
  policy = CORPORATE_TIER_POLICY,
): CorporatePoints {
  const { contribution: c, growth: g } = policy;
  const contribution =
    input.contributionMinor > c.topAboveMinor
      ? c.top
      : input.contributionMinor >= c.middleFromMinor
        ? c.middle
        : 0;
  const breadth = input.departmentsEngaged > 1 ? policy.breadth.moreThanOne : 0;
  const growth = input.growthRate > g.topAbove ? g.top : input.growthRate >= g.middleFrom ? g.middle : 0;
  const background = policy.background[input.specialBackground];
  return { contribution, breadth, growth, background, total: contribution + breadth + growth + background };
}

export function corporateTierForPoints(total: number, policy = CORPORATE_TIER_POLICY): CorporateTier {
  if (total >= policy.tiers.strategicFrom) return 'STRATEGIC';
  if (total >= policy.tiers.keyFrom) return 'KEY';
  return 'STANDARD';
}

export function corporateTier(
  input: CorporateCriteriaInput,
  policy = CORPORATE_TIER_POLICY,
): { tier: CorporateTier; points: CorporatePoints; policyVersion: string } {
  const points = corporatePoints(input, policy);
  return { tier: corporateTierForPoints(points.total, policy), points, policyVersion: policy.policyVersion };
}
