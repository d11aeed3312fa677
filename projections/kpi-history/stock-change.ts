import type { Tier } from '@ledger/domain';
import type { StockChange } from './kpi-history.documents';

/** The sum of two stock changes, with zero fields left out so stored documents stay small. */
export function addChanges(a: StockChange, b: StockChange): StockChange {
  const tiers: Record<string, number> = { ...a.tiers };
  for (const [tier, n] of Object.entries(b.tiers ?? {})) tiers[tier] = (tiers[tier] ?? 0) + (n ?? 0);
  for (const tier of Object.keys(tiers)) if (tiers[tier] === 0) delete tiers[tier];
  const assetsMinor = (a.assetsMinor ?? 0) + (b.assetsMinor ?? 0);
  const penetrated = (a.penetrated ?? 0) + (b.penetrated ?? 0);
  // Assigned in the order the fields are stored; spreads of optional parts are V8's slow path.
  const sum: StockChange = {};
  if (Object.keys(tiers).length > 0) sum.tiers = tiers;
  if (assetsMinor !== 0) sum.assetsMinor = assetsMinor;
  if (penetrated !== 0) sum.penetrated = penetrated;
  return sum;
}

export function isEmptyChange(change: StockChange): boolean {
  return change.tiers === undefined && change.assetsMinor === undefined && change.penetrated === undefined;
}

export function tierMove(from: Tier, to: Tier): StockChange {
  return from === to ? {} : { tiers: { [from]: -1, [to]: 1 } };
}
