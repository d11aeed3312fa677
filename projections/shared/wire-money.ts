import type { Money } from '@ledger/domain';

/** Money as the API writes it: a decimal string and an ISO 4217 code (events hold minor units). */
export type WireMoney = { amount: string; currency: string };

/** 25000050 → "250000.50", by string arithmetic so no amount is ever rounded. */
export function toWireMoney({ amountMinor, currency }: Money): WireMoney {
  const digits = String(Math.abs(amountMinor)).padStart(3, '0');
  const sign = amountMinor < 0 ? '-' : '';
  return { amount: `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`, currency };
}
