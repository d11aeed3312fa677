import type { Customer } from '../state/customer-state';
import { toIso, toMs } from '../time';
import { DORMANT_POLICY, type DormantPolicy, isDormant, lastActivityAt } from './dormant.policy';

/**
 * Seed 003 activity levels (活跃/低活跃/休眠) from balance changes, subscriptions and maturities:
 * dormant as the dormancy policy judges it, low after `lowAfterDays` without activity.
 */
export type ActivityLevelPolicy = { policyVersion: string; lowAfterDays: number };

export const ACTIVITY_LEVEL_POLICY: ActivityLevelPolicy = {
  policyVersion: 'activity-level/v1',
  lowAfterDays: 90,
};

export const ACTIVITY_LEVELS = ['active', 'low', 'dormant'] as const;
export type ActivityLevel = (typeof ACTIVITY_LEVELS)[number];

const DAY_MS = 86_400_000;

/** The query form: an active customer whose last activity is at or before this instant is low (or dormant). */
export function lowActivityBefore(now: string, policy = ACTIVITY_LEVEL_POLICY): string {
  return toIso(toMs(now) - policy.lowAfterDays * DAY_MS);
}

/** A customer no longer active (offboarded or later) does nothing: dormant. */
export function activityLevel(
  customer: Customer,
  now: string,
  policy = ACTIVITY_LEVEL_POLICY,
  dormant: DormantPolicy = DORMANT_POLICY,
): ActivityLevel {
  if (customer.status !== 'active' || isDormant(customer, now, dormant)) return 'dormant';
  return toMs(lastActivityAt(customer, now)) <= toMs(lowActivityBefore(now, policy)) ? 'low' : 'active';
}
