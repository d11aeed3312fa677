import type { CustomerEvent, Tier } from '@ledger/domain';
import type { KpiCustomer, StockChange } from './kpi-history.documents';

const WEALTH_OR_FUND: ReadonlySet<string> = new Set(['wealth', 'fund']);

/** Whether the event changes, or needs, the customer's running KPI state. */
export function touchesCustomer(event: CustomerEvent): boolean {
  switch (event.type) {
    case 'CustomerOnboarded':
    case 'CustomerOffboarded':
    case 'TierReassessed':
    case 'AssetsRevalued':
    case 'ProductMatured':
      return true;
    case 'ProductSubscribed':
      return WEALTH_OR_FUND.has(event.data.productType);
    default:
      return false;
  }
}

/** Adds `change` to the day's entry; entries that sum to zero disappear, so documents stay small. */
function withStock(
  stock: Record<string, StockChange>,
  day: string,
  change: StockChange,
): Record<string, StockChange> {
  const entry = stock[day] ?? {};
  const tiers: Record<string, number> = { ...entry.tiers };
  for (const [tier, n] of Object.entries(change.tiers ?? {})) tiers[tier] = (tiers[tier] ?? 0) + (n ?? 0);
  for (const tier of Object.keys(tiers)) if (tiers[tier] === 0) delete tiers[tier];
  const assetsMinor = (entry.assetsMinor ?? 0) + (change.assetsMinor ?? 0);
  const penetrated = (entry.penetrated ?? 0) + (change.penetrated ?? 0);
  const next: StockChange = {
    ...(Object.keys(tiers).length > 0 && { tiers }),
    ...(assetsMinor !== 0 && { assetsMinor }),
    ...(penetrated !== 0 && { penetrated }),
  };
  const { [day]: _replaced, ...others } = stock;
  return Object.keys(next).length === 0 ? others : { ...others, [day]: next };
}

function tierMove(from: Tier, to: Tier): StockChange {
  return from === to ? {} : { tiers: { [from]: -1, [to]: 1 } };
}

/**
 * The customer's state and stock changes after one event dated `day`. Pure. Events before
 * onboarding or after offboarding change nothing (the decider refuses them anyway).
 */
export function kpiCustomerEvolve(
  document: KpiCustomer | null,
  event: CustomerEvent,
  day: string,
): KpiCustomer | null {
  if (event.type === 'CustomerOnboarded') {
    if (document !== null) return { ...document };
    const { customerId, segment, tier } = event.data;
    const stock = withStock({}, day, { tiers: { [tier]: 1 } });
    return { _id: customerId, segment, tier, assetsMinor: 0, wealthOrFundHoldings: [], active: true, stock };
  }
  // A copy even when nothing changes: the runtime stamps its position on what evolve returns.
  if (document === null || !document.active) return document && { ...document };
  const change = (next: Partial<KpiCustomer>, stockChange: StockChange): KpiCustomer => ({
    ...document,
    ...next,
    stock: withStock(document.stock, day, stockChange),
  });
  switch (event.type) {
    case 'TierReassessed':
      return change({ tier: event.data.toTier }, tierMove(document.tier, event.data.toTier));
    case 'AssetsRevalued': {
      const assetsMinor = event.data.totalFinancialAssets.amountMinor;
      return change({ assetsMinor }, { assetsMinor: assetsMinor - document.assetsMinor });
    }
    case 'ProductSubscribed': {
      const held = document.wealthOrFundHoldings;
      if (held.includes(event.data.holdingId)) return { ...document };
      const wealthOrFundHoldings = [...held, event.data.holdingId];
      return change({ wealthOrFundHoldings }, { penetrated: held.length === 0 ? 1 : 0 });
    }
    case 'ProductMatured': {
      const held = document.wealthOrFundHoldings;
      if (!held.includes(event.data.holdingId)) return { ...document };
      const wealthOrFundHoldings = held.filter((id) => id !== event.data.holdingId);
      return change({ wealthOrFundHoldings }, { penetrated: wealthOrFundHoldings.length === 0 ? -1 : 0 });
    }
    case 'CustomerOffboarded':
      // Churn: the customer leaves every stock figure on the day it goes.
      return change(
        { active: false },
        {
          tiers: { [document.tier]: -1 },
          assetsMinor: -document.assetsMinor,
          penetrated: document.wealthOrFundHoldings.length > 0 ? -1 : 0,
        },
      );
    default:
      return { ...document };
  }
}
