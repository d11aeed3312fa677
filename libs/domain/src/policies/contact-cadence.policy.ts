import type { Customer } from '../state/customer-state';
import { addDays, toBusinessDate } from '../time';
import {
  activeHoldingsInCny,
  CURRENCY_RATES_POLICY,
  type CurrencyRatesPolicy,
} from './currency-rates.policy';

/** Seed 001 "存量客户的分级维护": how often a relationship manager calls, by total financial assets. */
export type ContactCadencePolicy = {
  policyVersion: string;
  /** Highest band first; a band applies from its amount (inclusive). Below the last band: no cadence. */
  bands: readonly { fromMinor: number; everyDays: number }[];
};

export const CONTACT_CADENCE_POLICY: ContactCadencePolicy = {
  policyVersion: 'contact-cadence/v1',
  bands: [
    { fromMinor: 2_000_000_00, everyDays: 7 },
    { fromMinor: 500_000_00, everyDays: 14 },
    { fromMinor: 200_000_00, everyDays: 30 },
    { fromMinor: 50_000_00, everyDays: 60 },
  ],
};

/** Days between routine contacts, or null when the customer has no routine cadence. */
export function contactIntervalDays(
  totalFinancialAssetsMinor: number,
  policy = CONTACT_CADENCE_POLICY,
): number | null {
  return policy.bands.find((band) => totalFinancialAssetsMinor >= band.fromMinor)?.everyDays ?? null;
}

/**
 * The assets the cadence band is judged on: the latest valuation, or the active holdings in CNY
 * when they are more (a customer whose products were recorded before any valuation is not "no
 * cadence" — the corporate customer with holdings and 0.00 assets of issue 22).
 */
export function cadenceAssetsMinor(
  customer: Pick<Customer, 'totalFinancialAssets' | 'holdings'>,
  rates = CURRENCY_RATES_POLICY,
): number {
  return Math.max(
    customer.totalFinancialAssets.amountMinor,
    activeHoldingsInCny(customer, rates).amountMinor,
  );
}

/**
 * The day the next routine contact is due: last contact + interval. A customer never contacted is
 * counted from onboarding, so a new high-value customer gets a first call too.
 */
export function nextContactDue(
  customer: Customer,
  policy = CONTACT_CADENCE_POLICY,
  rates: CurrencyRatesPolicy = CURRENCY_RATES_POLICY,
): string | null {
  const interval = contactIntervalDays(cadenceAssetsMinor(customer, rates), policy);
  if (interval === null) return null;
  return addDays(customer.lastContactAt ?? customer.onboardedAt, interval);
}

/** The query form of isContactOverdue: a contact due on a day before this one is overdue. */
export function overdueIfDueBefore(now: string): string {
  return toBusinessDate(now);
}

/** Overdue once the due day has passed without a contact (the due day itself is still on time). */
export function isContactOverdue(
  customer: Customer,
  now: string,
  policy = CONTACT_CADENCE_POLICY,
  rates: CurrencyRatesPolicy = CURRENCY_RATES_POLICY,
): boolean {
  const due = nextContactDue(customer, policy, rates);
  return due !== null && due < overdueIfDueBefore(now);
}
