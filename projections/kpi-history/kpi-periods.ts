/*
 * KPI periods by business time: UTC calendar days ('2026-11-24'), months ('2026-11') and quarters
 * ('2026-Q4'), the same days libs/domain's time module calls business dates.
 */
export const GRANULARITIES = ['day', 'month', 'quarter'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export interface PeriodRange {
  period: string;
  /** First and last business day of the period, inclusive. */
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function startOfMonth(year: number, month: number): number {
  return Date.UTC(year, month, 1);
}

/** The period a business day falls in. */
export function periodOf(day: string, granularity: Granularity): string {
  if (granularity === 'day') return day;
  if (granularity === 'month') return day.slice(0, 7);
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The period containing `day`, with its first and last day. */
export function periodRange(day: string, granularity: Granularity): PeriodRange {
  const ms = Date.parse(day);
  if (granularity === 'day') return { period: day, from: day, to: day };
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const month = granularity === 'month' ? date.getUTCMonth() : date.getUTCMonth() - (date.getUTCMonth() % 3);
  const months = granularity === 'month' ? 1 : 3;
  const from = startOfMonth(year, month);
  const to = startOfMonth(year, month + months) - DAY_MS;
  return { period: periodOf(day, granularity), from: isoDay(from), to: isoDay(to) };
}

/** Every period from the one containing `from` to the one containing `to`, in order. */
export function periodsBetween(from: string, to: string, granularity: Granularity): PeriodRange[] {
  const periods: PeriodRange[] = [];
  for (let day = from; day <= to;) {
    const range = periodRange(day, granularity);
    periods.push(range);
    day = isoDay(Date.parse(range.to) + DAY_MS);
  }
  return periods;
}
