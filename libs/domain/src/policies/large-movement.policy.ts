import type { LargeMovement } from '../events/holding.events';

/** Seed 001: a swing of ±200,000 or more calls for a same-day priority-1 contact. */
export type LargeMovementPolicy = {
  policyVersion: string;
  /** |delta| from this amount (inclusive) is a large movement. */
  thresholdMinor: number;
  /** The branch head hears of it when the customer holds (or held, before the swing) at least this. */
  escalateFromAssetsMinor: number;
};

export const LARGE_MOVEMENT_POLICY: LargeMovementPolicy = {
  policyVersion: 'large-movement/v1',
  thresholdMinor: 200_000_00,
  escalateFromAssetsMinor: 500_000_00,
};

/**
 * Judges one revaluation. Escalation looks at the larger of the balances before and after, so a
 * ≥ 500,000 customer moving money out is escalated just like one moving money in.
 */
export function assessLargeMovement(
  previousMinor: number,
  totalMinor: number,
  policy = LARGE_MOVEMENT_POLICY,
): LargeMovement | null {
  if (Math.abs(totalMinor - previousMinor) < policy.thresholdMinor) return null;
  const escalateToBranchHead = Math.max(previousMinor, totalMinor) >= policy.escalateFromAssetsMinor;
  return { escalateToBranchHead, policyVersion: policy.policyVersion };
}
