import type { Customer } from '../state/customer-state';
import { laterOf } from '../time';
import { daysAfter, type FlagWindow, OPEN_END } from './mining-flag';

/**
 * Seed 003 睡眠客户: no balance change and no subscription for 180 days. Unlike dormancy a
 * maturity does not count: money falling due is not the customer acting.
 */
export type SleepingPolicy = { policyVersion: string; inactiveDays: number };

export const SLEEPING_POLICY: SleepingPolicy = { policyVersion: 'sleeping/v1', inactiveDays: 180 };

/** The last balance change or subscription; onboarding counts, so a new customer is not asleep. */
export function lastBalanceOrSubscriptionAt(customer: Customer): string {
  let latest = laterOf(customer.lastBalanceChangeAt, customer.onboardedAt);
  for (const holding of Object.values(customer.holdings)) latest = laterOf(holding.openedAt, latest);
  return latest;
}

export function sleepingWindows(customer: Customer, policy = SLEEPING_POLICY): FlagWindow[] {
  if (customer.status !== 'active') return [];
  const lastActivityAt = lastBalanceOrSubscriptionAt(customer);
  return [
    {
      flag: 'sleeping',
      rule: `${policy.policyVersion}/inactive`,
      from: daysAfter(lastActivityAt, policy.inactiveDays),
      until: OPEN_END,
      inputs: { lastActivityAt, inactiveDays: policy.inactiveDays },
    },
  ];
}
