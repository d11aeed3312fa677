/*
 * Calendar arithmetic on ISO strings, in UTC. Pure: every instant comes in as an argument.
 * Business dates ('YYYY-MM-DD') are UTC calendar days, the same days the KPI periods use.
 */
import { canonicalMs, dateOfDays } from './canonical-time';
import { DAY_MS, HOUR_MS } from './time-units';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
// Every function below answers exactly as through Date; canonical texts just skip parsing it.

/** Milliseconds since the epoch, or null when the text is not a time. */
export function parseTime(iso: string): number | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** Like parseTime, for values already validated by the decider. */
export function toMs(iso: string): number {
  return canonicalMs(iso) ?? Date.parse(iso);
}

export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

/** The UTC calendar day of an instant or a date. */
export function toBusinessDate(isoOrDate: string): string {
  if (canonicalMs(isoOrDate) !== null) return isoOrDate.slice(0, 10);
  return toIso(toMs(isoOrDate)).slice(0, 10);
}

/** A real calendar date written 'YYYY-MM-DD' (rejects 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  return DATE_ONLY.test(text) && parseTime(text) !== null && toBusinessDate(text) === text;
}

export function addDays(isoOrDate: string, days: number): string {
  const ms = canonicalMs(isoOrDate);
  // Whole days move the day and keep the time of day, so only the day count matters.
  const date = ms !== null && Number.isSafeInteger(days) ? dateOfDays(Math.floor(ms / DAY_MS) + days) : null;
  return date ?? toIso(toMs(isoOrDate) + days * DAY_MS).slice(0, 10);
}

export function addHours(iso: string, hours: number): string {
  return toIso(toMs(iso) + hours * HOUR_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier), counted in UTC calendar days. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(toBusinessDate(to)) - toMs(toBusinessDate(from))) / DAY_MS);
}

/** The same instant `months` calendar months later; the 31st rolls back to the month's last day. */
export function addMonths(iso: string, months: number): string {
  const date = new Date(toMs(iso));
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.toISOString();
}

/** The later of two instants, compared as times (not text); the first when they are equal. */
export function laterOf(first: string | null, second: string): string {
  return first !== null && toMs(first) >= toMs(second) ? first : second;
}
