import type { Customer } from '../state/customer-state';
import { toMs } from '../time';

/** Seed 003: a customer with no subscription and no contact for 180 days is dormant. */
export type DormantPolicy = { policyVersion: string; inactiveDays: number };

export const DORMANT_POLICY: DormantPolicy = { policyVersion: 'dormant/v1', inactiveDays: 180 };

const DAY_MS = 86_400_000;

/** The last subscription or contact up to `now`; onboarding counts, so a new customer is not dormant. */
export function lastActivityAt(customer: Customer, now: string): string {
  const at = toMs(now);
  const activity = [
    customer.onboardedAt,
    ...(customer.lastContactAt === null ? [] : [customer.lastContactAt]),
    ...Object.values(customer.holdings).map((holding) => holding.openedAt),
  ].filter((time) => toMs(time) <= at);
  return activity.reduce((latest, time) => (toMs(time) > toMs(latest) ? time : latest), customer.onboardedAt);
}

export function isDormant(customer: Customer, now: string, policy = DORMANT_POLICY): boolean {
  if (customer.status !== 'active') return false;
  return toMs(now) - toMs(lastActivityAt(customer, now)) >= policy.inactiveDays * DAY_MS;
}
