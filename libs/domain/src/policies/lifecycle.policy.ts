import { addMonths, toMs } from '../time';

/** Seed 003 "客户生命周期": NEW < 3 months ≤ GROWING < 12 months ≤ MATURE ≤ 5 years < SENIOR. */
export type LifecycleStage = 'NEW' | 'GROWING' | 'MATURE' | 'SENIOR';

export type LifecyclePolicy = {
  policyVersion: string;
  growingFromMonths: number;
  matureFromMonths: number;
  /** SENIOR strictly after this many months: exactly five years is still MATURE. */
  seniorAfterMonths: number;
};

export const LIFECYCLE_POLICY: LifecyclePolicy = {
  policyVersion: 'lifecycle/v1',
  growingFromMonths: 3,
  matureFromMonths: 12,
  seniorAfterMonths: 60,
};

/** Stage by calendar months since onboarding. */
export function lifecycleStage(onboardedAt: string, now: string, policy = LIFECYCLE_POLICY): LifecycleStage {
  const at = toMs(now);
  if (at < toMs(addMonths(onboardedAt, policy.growingFromMonths))) return 'NEW';
  if (at < toMs(addMonths(onboardedAt, policy.matureFromMonths))) return 'GROWING';
  if (at <= toMs(addMonths(onboardedAt, policy.seniorAfterMonths))) return 'MATURE';
  return 'SENIOR';
}
