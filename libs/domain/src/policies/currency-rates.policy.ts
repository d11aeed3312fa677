import { CurrencyWithoutRate } from '../errors/value.errors';
import type { Money } from '../money';
import type { Customer } from '../state/customer-state';
import type { ProductType } from '../vocabulary';

/**
 * The bank's rate table for showing holdings beside total financial assets in the reporting
 * currency (CNY). Not in the seeds: the bank publishes its own rates; these are the defaults.
 * A rate converts one minor unit (1/100) of the currency to fen.
 */
export type CurrencyRatesPolicy = {
  policyVersion: string;
  /** The day the rates were published ('YYYY-MM-DD'), shown with the converted sum. */
  publishedOn: string;
  rates: readonly { currency: string; toCny: number }[];
};

export const CURRENCY_RATES_POLICY: CurrencyRatesPolicy = {
  policyVersion: 'currency-rates/v1',
  publishedOn: '2026-11-20',
  rates: [
    { currency: 'CNY', toCny: 1 },
    { currency: 'USD', toCny: 7.1 },
    { currency: 'EUR', toCny: 7.7 },
    { currency: 'HKD', toCny: 0.91 },
    { currency: 'GBP', toCny: 9.0 },
  ],
};

/** Loans and credit cards are what the customer owes, not what it holds: they are not assets. */
export const LIABILITY_PRODUCT_TYPES: readonly ProductType[] = ['loan', 'credit-card'];

export function rateToCny(currency: string, policy = CURRENCY_RATES_POLICY): number | null {
  return policy.rates.find((rate) => rate.currency === currency)?.toCny ?? null;
}

/** `money` in fen, rounded half up; a currency without a rate is refused, naming `field`. */
export function toCnyMinor(value: Money, field: string, policy = CURRENCY_RATES_POLICY): number {
  const rate = rateToCny(value.currency, policy);
  if (rate === null) throw new CurrencyWithoutRate(field, value.currency);
  return Math.round(value.amountMinor * rate);
}

/**
 * The sum of the customer's active asset holdings in CNY. Holdings recorded before the rate
 * table existed in a currency it lacks are left out (and named), never guessed.
 */
export function activeHoldingsInCny(
  customer: Pick<Customer, 'holdings'>,
  policy = CURRENCY_RATES_POLICY,
): { amountMinor: number; withoutRate: string[] } {
  let amountMinor = 0;
  const withoutRate: string[] = [];
  for (const holding of Object.values(customer.holdings)) {
    if (holding.status !== 'active' || LIABILITY_PRODUCT_TYPES.includes(holding.productType)) continue;
    const rate = rateToCny(holding.principal.currency, policy);
    if (rate === null) withoutRate.push(holding.holdingId);
    else amountMinor += Math.round(holding.principal.amountMinor * rate);
  }
  return { amountMinor, withoutRate };
}
