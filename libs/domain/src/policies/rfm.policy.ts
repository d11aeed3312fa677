import type { Customer } from '../state/customer-state';
import { addMonths, daysBetween, toMs } from '../time';

export type RfmScore = 1 | 2 | 3 | 4 | 5;

/**
 * Seed 001 RFM over product subscriptions. Each list gives the bounds for scores 5, 4, 3 and 2;
 * anything beyond them scores 1. Recency: days since the last subscription, at most this many.
 * Frequency and monetary: subscriptions (count, amount) in the window, at least this much.
 */
export type RfmPolicy = {
  policyVersion: string;
  currency: string;
  windowMonths: number;
  recencyMaxDays: readonly [number, number, number, number];
  frequencyMin: readonly [number, number, number, number];
  monetaryMinMinor: readonly [number, number, number, number];
};

export const RFM_POLICY: RfmPolicy = {
  policyVersion: 'rfm/v1',
  currency: 'CNY',
  windowMonths: 12,
  recencyMaxDays: [30, 90, 180, 365],
  frequencyMin: [10, 5, 3, 1],
  // 5,000,000 / 1,000,000 / 200,000 / 50,000, in minor units.
  monetaryMinMinor: [5_000_000_00, 1_000_000_00, 200_000_00, 50_000_00],
};

export type Rfm = {
  recency: RfmScore;
  frequency: RfmScore;
  monetary: RfmScore;
  daysSinceLastSubscription: number | null;
  subscriptions: number;
  amountMinor: number;
  policyVersion: string;
};

function score(bounds: readonly number[], passes: (bound: number) => boolean): RfmScore {
  const index = bounds.findIndex(passes);
  return (index < 0 ? 1 : 5 - index) as RfmScore;
}

/** Scores as of `now`: subscriptions opened after `now` are not counted yet. */
export function rfmScores(customer: Customer, now: string, policy = RFM_POLICY): Rfm {
  const at = toMs(now);
  const opened = Object.values(customer.holdings).filter((holding) => toMs(holding.openedAt) <= at);
  const windowStart = toMs(addMonths(now, -policy.windowMonths));
  const inWindow = opened.filter((holding) => toMs(holding.openedAt) > windowStart);
  const amountMinor = inWindow
    .filter((holding) => holding.principal.currency === policy.currency)
    .reduce((sum, holding) => sum + holding.principal.amountMinor, 0);
  const last = opened.reduce<string | null>(
    (latest, holding) =>
      latest === null || toMs(holding.openedAt) > toMs(latest) ? holding.openedAt : latest,
    null,
  );
  const daysSinceLastSubscription = last === null ? null : daysBetween(last, now);
  return {
    recency:
      daysSinceLastSubscription === null
        ? 1
        : score(policy.recencyMaxDays, (max) => daysSinceLastSubscription <= max),
    frequency: score(policy.frequencyMin, (min) => inWindow.length >= min),
    monetary: score(policy.monetaryMinMinor, (min) => amountMinor >= min),
    daysSinceLastSubscription,
    subscriptions: inWindow.length,
    amountMinor,
    policyVersion: policy.policyVersion,
  };
}
