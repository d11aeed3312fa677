import type { LargeMovement } from '../events/holding.events';
import { toMs } from '../time';

/**
 * Seed 001: for the 50万+ bands, a swing of ±200,000 or more calls for a same-day priority-1
 * contact and a report to the branch head (大额的资产变化+-20万以上,向行长汇报,联系客户).
 */
export type LargeMovementPolicy = {
  policyVersion: string;
  /** |delta| from this amount (inclusive) is a large movement. */
  thresholdMinor: number;
  /** The rule watches customers who hold (or held, before the swing) at least this. */
  appliesFromAssetsMinor: number;
  /** The branch head hears of it when the customer holds (or held, before the swing) at least this. */
  escalateFromAssetsMinor: number;
};

export const LARGE_MOVEMENT_POLICY: LargeMovementPolicy = {
  policyVersion: 'large-movement/v2',
  thresholdMinor: 200_000_00,
  appliesFromAssetsMinor: 500_000_00,
  escalateFromAssetsMinor: 500_000_00,
};

/**
 * Judges one revaluation; `previousMinor` is null for the customer's first valuation, which records
 * what the customer already held and moves nothing. The asset floors look at the larger of the
 * balances before and after, so a ≥ 500,000 customer moving money out counts like one moving it in.
 */
export function assessLargeMovement(
  previousMinor: number | null,
  totalMinor: number,
  policy = LARGE_MOVEMENT_POLICY,
): LargeMovement | null {
  if (previousMinor === null) return null;
  if (Math.abs(totalMinor - previousMinor) < policy.thresholdMinor) return null;
  const assetsMinor = Math.max(previousMinor, totalMinor);
  if (assetsMinor < policy.appliesFromAssetsMinor) return null;
  const escalateToBranchHead = assetsMinor >= policy.escalateFromAssetsMinor;
  return { escalateToBranchHead, policyVersion: policy.policyVersion };
}

/**
 * A movement is raised at the instant it was valued: only a contact after that instant answers it,
 * not one made earlier the same day.
 */
export function isMovementAnswered(movementAsOf: string, lastContactAt: string | null): boolean {
  return lastContactAt !== null && toMs(lastContactAt) > toMs(movementAsOf);
}
