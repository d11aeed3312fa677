/** Money in events and state: integer minor units (fen for CNY), so sums and thresholds are exact. */
export type Money = { amountMinor: number; currency: string };

const CURRENCY_CODE = /^[A-Z]{3}$/;

export function money(amountMinor: number, currency = 'CNY'): Money {
  return { amountMinor, currency };
}

/** A whole, non-negative number of minor units within the safe-integer range, in an ISO 4217 currency. */
export function isValidMoney(value: Money): boolean {
  return (
    Number.isSafeInteger(value.amountMinor) && value.amountMinor >= 0 && CURRENCY_CODE.test(value.currency)
  );
}
