import { toIso, toMs } from '../time';

/** Seed 002's mining flags (潜在/优势/睡眠/逃跑客户): the names the 360 view and `?flag=` use. */
export const MINING_FLAGS = ['potential', 'advantage', 'sleeping', 'flight-risk'] as const;
export type MiningFlag = (typeof MINING_FLAGS)[number];

export type FlagInputs = Record<string, string | number | null>;

/**
 * When one rule of a flag holds if no further event arrives: from `from` (inclusive) to `until`
 * (exclusive). A window is a stored fact, so a list query can ask "holds at now" of the store.
 */
export type FlagWindow = { flag: MiningFlag; rule: string; from: string; until: string; inputs: FlagInputs };

/** A window with no end of its own: only a later event closes it. */
export const OPEN_END = '9999-12-31T23:59:59.999Z';

/** What the 360 view shows for one flag at `now`. */
export type FlagJudgment = { flag: MiningFlag; since: string; rule: string; inputs: FlagInputs };

const DAY_MS = 86_400_000;

/** An instant whole days later, to the millisecond (addDays answers a business date). */
export function daysAfter(iso: string, days: number): string {
  return toIso(toMs(iso) + days * DAY_MS);
}

/** Holds at `at`: from ≤ at < until. */
export function windowHolds(window: FlagWindow, at: string): boolean {
  const ms = toMs(at);
  return toMs(window.from) <= ms && ms < toMs(window.until);
}
