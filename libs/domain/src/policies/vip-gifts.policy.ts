import type { Tier } from '../tiers';
import { addDays } from '../time';

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Seed 001 P2: VIP gifts are gathered once a week (每周集中一次) for the tiers named. The seed
 * names no day: the bank sets it; Friday is the default.
 */
export type VipGiftsPolicy = { policyVersion: string; weekday: Weekday; tiers: readonly Tier[] };

export const VIP_GIFTS_POLICY: VipGiftsPolicy = {
  policyVersion: 'vip-gifts/v1',
  weekday: 'friday',
  tiers: ['PRIVATE', 'STRATEGIC'],
};

/** The weekday of a calendar date 'YYYY-MM-DD' (UTC, as every business date here). */
export function weekdayOf(date: string): Weekday {
  // getUTCDay: 0 is Sunday; WEEKDAYS starts on Monday.
  return WEEKDAYS[(new Date(`${date}T00:00:00.000Z`).getUTCDay() + 6) % 7]!;
}

/** The gift day of the week `today` falls in: the policy's weekday on or before it. */
export function giftDayOf(today: string, weekday: Weekday): string {
  const back = (WEEKDAYS.indexOf(weekdayOf(today)) - WEEKDAYS.indexOf(weekday) + 7) % 7;
  return addDays(today, -back);
}
