import type { Money } from './money';

/** Money as every route and the published event catalog carry it: a decimal string and an ISO 4217 code. */
export type PublishedMoney = { amount: string; currency: string };

/** 25000050 → "250000.50", by string arithmetic so no amount is ever rounded. */
export function publishedMoney({ amountMinor, currency }: Money): PublishedMoney {
  const digits = String(Math.abs(amountMinor)).padStart(3, '0');
  const sign = amountMinor < 0 ? '-' : '';
  return { amount: `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`, currency };
}

/** "-250000.50" → -25000050, exactly; the inverse of publishedMoney. */
export function storedMoney({ amount, currency }: PublishedMoney): Money {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? amount.slice(1) : amount).split('.');
  const minor = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return { amountMinor: negative ? -minor : minor, currency };
}

function isStoredMoney(value: object): value is Money {
  const keys = Object.keys(value);
  const { amountMinor, currency } = value as Partial<Money>;
  return keys.length === 2 && Number.isSafeInteger(amountMinor) && typeof currency === 'string';
}

function isPublishedMoney(value: object): value is PublishedMoney {
  const keys = Object.keys(value);
  const { amount, currency } = value as Partial<PublishedMoney>;
  return (
    keys.length === 2 &&
    typeof amount === 'string' &&
    /^-?\d+\.\d{2}$/.test(amount) &&
    typeof currency === 'string'
  );
}

function mapObjects(value: unknown, visit: (object: object) => object | null): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => mapObjects(item, visit));
  const replaced = visit(value);
  if (replaced !== null) return replaced;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapObjects(item, visit)]));
}

/**
 * An event's data as it is published (history, SSE feed, event catalog; ADR 0033): every stored
 * money value `{ amountMinor, currency }` upcast to `{ amount, currency }`. The stored bytes, which
 * the hash chain covers, are never rewritten; this runs on every read that leaves the ledger.
 */
export function publishedEventData<Data>(data: Data): Data {
  return mapObjects(data, (object) => (isStoredMoney(object) ? publishedMoney(object) : null)) as Data;
}

/** The stored form back from the published one, exactly: what an outside verifier hashes (ADR 0018). */
export function storedEventData<Data>(data: Data): Data {
  return mapObjects(data, (object) => (isPublishedMoney(object) ? storedMoney(object) : null)) as Data;
}
