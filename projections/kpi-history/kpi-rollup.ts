import { CONTACT_CHANNELS, CORPORATE_TIERS, RETAIL_TIERS } from '@ledger/domain';
import type { KpiFlows, StockChange } from './kpi-history.documents';
import { emptyDay } from './kpi-day.fold';

/** The stock figures at one moment: running sums of every customer's stock changes. */
export interface Stock {
  customers: number;
  tiers: Record<string, number>;
  assetsMinor: number;
  penetrated: number;
}

export function emptyStock(): Stock {
  const tiers: Record<string, number> = {};
  for (const tier of [...RETAIL_TIERS, ...CORPORATE_TIERS]) tiers[tier] = 0;
  return { customers: 0, tiers, assetsMinor: 0, penetrated: 0 };
}

/** Adds a customer's stock change in place (the query owns its accumulators). */
export function addStock(stock: Stock, change: StockChange): void {
  for (const [tier, n] of Object.entries(change.tiers ?? {}))
    stock.tiers[tier] = (stock.tiers[tier] ?? 0) + (n ?? 0);
  stock.assetsMinor += change.assetsMinor ?? 0;
  stock.penetrated += change.penetrated ?? 0;
}

export function copyStock(stock: Stock): Stock {
  return { ...stock, tiers: { ...stock.tiers } };
}

export function emptyFlows(): KpiFlows {
  const { _id: _day, stock: _stock, ...flows } = emptyDay('');
  for (const channel of CONTACT_CHANNELS) flows.contactsByChannel[channel] = 0;
  for (const priority of ['1', '2', '3']) flows.contactsByPriority[priority] = 0;
  return flows;
}

const add = (target: Record<string, number>, source: Record<string, number>): void => {
  for (const [key, n] of Object.entries(source)) target[key] = (target[key] ?? 0) + n;
};

/** Adds a day's flows in place. */
export function addFlows(flows: KpiFlows, day: KpiFlows): void {
  flows.newCustomers += day.newCustomers;
  flows.churnedCustomers += day.churnedCustomers;
  flows.upgrades += day.upgrades;
  flows.downgrades += day.downgrades;
  add(flows.contactsByChannel, day.contactsByChannel);
  add(flows.contactsByPriority, day.contactsByPriority);
  flows.maturities += day.maturities;
  flows.maturitiesRolledOver += day.maturitiesRolledOver;
  flows.serviceRequests += day.serviceRequests;
  flows.serviceRequestsResolved += day.serviceRequestsResolved;
  flows.serviceRequestsWithinSla += day.serviceRequestsWithinSla;
}
