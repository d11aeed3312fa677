import type { Customer } from '../state/customer-state';
import { toIso, toMs } from '../time';

/**
 * Seed 003 measures activity by transactions, balance changes (余额变动) and product purchases: a
 * customer with no subscription, maturity or balance change for 180 days is dormant. A contact by
 * the relationship manager is the bank's activity, not the customer's, so it wakes nobody.
 */
export type DormantPolicy = { policyVersion: string; inactiveDays: number };

export const DORMANT_POLICY: DormantPolicy = { policyVersion: 'dormant/v2', inactiveDays: 180 };

const DAY_MS = 86_400_000;

/**
 * The last subscription, maturity or balance change up to `now`; onboarding counts, so a new
 * customer is not dormant.
 */
export function lastActivityAt(customer: Customer, now: string): string {
  const at = toMs(now);
  let latest = customer.onboardedAt;
  let latestMs = toMs(latest);
  // In this order, the first of equal instants wins; projections call this on every event.
  const consider = (time: string) => {
    const ms = toMs(time);
    if (ms <= at && ms > latestMs) {
      latest = time;
      latestMs = ms;
    }
  };
  if (customer.lastBalanceChangeAt !== null) consider(customer.lastBalanceChangeAt);
  for (const holdingId in customer.holdings) {
    const holding = customer.holdings[holdingId]!;
    consider(holding.openedAt);
    if (holding.maturedAt !== null) consider(holding.maturedAt);
  }
  return latest;
}

/** The query form of isDormant: an active customer whose last activity is at or before this instant. */
export function dormantBefore(now: string, policy = DORMANT_POLICY): string {
  return toIso(toMs(now) - policy.inactiveDays * DAY_MS);
}

export function isDormant(customer: Customer, now: string, policy = DORMANT_POLICY): boolean {
  if (customer.status !== 'active') return false;
  return toMs(lastActivityAt(customer, now)) <= toMs(dormantBefore(now, policy));
}
