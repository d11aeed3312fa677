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

export type LifecycleBoundaries = { growingFrom: string; matureFrom: string; seniorAfter: string };

/** The query form of lifecycleStage: the instants a customer's stage changes, stored for range queries. */
export function lifecycleBoundaries(onboardedAt: string, policy = LIFECYCLE_POLICY): LifecycleBoundaries {
  return {
    growingFrom: addMonths(onboardedAt, policy.growingFromMonths),
    matureFrom: addMonths(onboardedAt, policy.matureFromMonths),
    seniorAfter: addMonths(onboardedAt, policy.seniorAfterMonths),
  };
}

/** Stage by calendar months since onboarding. */
export function lifecycleStage(onboardedAt: string, now: string, policy = LIFECYCLE_POLICY): LifecycleStage {
  const at = toMs(now);
  const { growingFrom, matureFrom, seniorAfter } = lifecycleBoundaries(onboardedAt, policy);
  if (at < toMs(growingFrom)) return 'NEW';
  if (at < toMs(matureFrom)) return 'GROWING';
  if (at <= toMs(seniorAfter)) return 'MATURE';
  return 'SENIOR';
}
