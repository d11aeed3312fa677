import type { LifecycleStage } from '../policies/lifecycle.policy';
import { MINING_FLAGS } from '../policies/mining-flag';
import type { Segment, Tier } from '../tiers';
import { CUSTOMER_RISK_LEVELS, type CustomerRiskLevel, type ProductType } from '../vocabulary';

/** The customer risk levels a rule names: the assessment's (RiskProfileAssessed), lowest first. */
export const RISK_LEVELS = CUSTOMER_RISK_LEVELS;
export type RiskLevel = CustomerRiskLevel;

export const SEGMENTS = ['retail', 'corporate'] as const satisfies readonly Segment[];

export const LIFECYCLE_STAGES = [
  'NEW',
  'GROWING',
  'MATURE',
  'SENIOR',
] as const satisfies readonly LifecycleStage[];

/** Yes/no facts of the 360 view a rule may ask for: dormancy (seed 003), marketing consent, the mining flags (ADR 0023). */
export const TARGET_FLAGS = ['dormant', 'marketing-consent', ...MINING_FLAGS] as const;
export type TargetFlag = (typeof TARGET_FLAGS)[number];

/** One condition on one field of the 360 view; a rule holds when all its terms hold. */
export type TargetTerm =
  | { field: 'segment'; in: Segment[] }
  | { field: 'tier'; in: Tier[] }
  /** Total financial assets in minor units (fen), both bounds inclusive. */
  | { field: 'assets'; min?: number; max?: number }
  /** Product types of active holdings: at least one of `any`, none of `none`. */
  | { field: 'holdingTypes'; any?: ProductType[]; none?: ProductType[] }
  /** The assessed level, bounds inclusive; a customer without an assessment never matches. */
  | { field: 'riskLevel'; min?: RiskLevel; max?: RiskLevel }
  | { field: 'occupation'; in: string[] }
  | { field: 'lifecycle'; in: LifecycleStage[] }
  | { field: 'flags'; any?: TargetFlag[]; none?: TargetFlag[] };

export type TargetField = TargetTerm['field'];

/** `{ "all": [term, …] }`; an empty `all` targets every active customer. */
export type TargetRule = { all: TargetTerm[] };

/**
 * What a rule is matched against: the 360 view's facts at one instant, flattened (see
 * projections/campaign-targets/target-view.ts, which builds it from the view).
 */
export interface TargetView {
  customerId: string;
  /** Offboarded customers are never targets. */
  active: boolean;
  segment: Segment;
  tier: Tier;
  assetsMinor: number;
  /** Product types of active holdings. */
  holdingTypes: readonly ProductType[];
  riskLevel: RiskLevel | null;
  occupation: string | null;
  lifecycle: LifecycleStage;
  flags: readonly TargetFlag[];
}
