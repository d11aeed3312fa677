import type { Tier } from '@ledger/domain';
import type { ReadDocument } from '@ledger/read-store';

/** Logical collections (read-store aliases) of the kpi-history projection. */
export const KPI_DAYS = 'kpiDays';
export const KPI_CUSTOMERS = 'kpiCustomers';

/** Counts of what happened: one day's, or several days' added up. */
export interface KpiFlows {
  newCustomers: number;
  churnedCustomers: number;
  upgrades: number;
  downgrades: number;
  /** By channel (phone, sms, visit, email, wechat). */
  contactsByChannel: Record<string, number>;
  /** By priority '1' | '2' | '3'. */
  contactsByPriority: Record<string, number>;
  maturities: number;
  maturitiesRolledOver: number;
  serviceRequests: number;
  serviceRequestsResolved: number;
  /** Resolved requests that met both the response and the resolution deadline. */
  serviceRequestsWithinSla: number;
}

/**
 * What happened on one business day (`_id` = 'YYYY-MM-DD'), each counted on the day its event names
 * (onboardedAt, at, effectiveAt, occurredAt, maturedAt, openedAt, resolvedAt): the flows, and the
 * stock changes an event carries itself (a new customer's tier, a tier change, a valuation's delta).
 */
export type KpiDay = ReadDocument & KpiFlows & { stock: StockChange };

/** A change to the stock figures one customer caused on one day; absent fields are zero. */
export interface StockChange {
  tiers?: Partial<Record<Tier, number>>;
  assetsMinor?: number;
  /** +1 when the customer starts holding a wealth or fund product, −1 when it stops. */
  penetrated?: number;
}

/**
 * One customer's running state, for the stock changes no single event carries: penetration starts
 * and ends (does the customer hold another wealth or fund product?) and churn (the tier, assets and
 * penetration an offboarded customer takes away). Those changes are kept by business day in
 * `adjustments`, bounded by the customer's own events; `adjusts` (indexed) marks documents with any.
 */
export interface KpiCustomer extends ReadDocument {
  tier: Tier;
  assetsMinor: number;
  /** Active wealth and fund holdings: penetration lasts while this is non-empty. */
  wealthOrFundHoldings: string[];
  active: boolean;
  adjusts: boolean;
  adjustments: Record<string, StockChange>;
}
