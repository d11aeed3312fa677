import { DAY_MS, HOUR_MS } from '@ledger/domain';

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function dayOf(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** A time during branch opening hours (09:00–18:00 in China, 01:00–10:00 UTC) on the day of `ms`. */
export function openingHours(day: number, fraction: number): number {
  return dayOf(day) + HOUR_MS + Math.floor(fraction * 9 * HOUR_MS);
}
