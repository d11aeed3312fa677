import type { WireMoney } from '../shared/wire-money';
import type { Granularity } from './kpi-periods';

/**
 * One KPI period as GET /kpis returns it (DESIGN §3 field names). Stock figures are at the period's
 * end; flows are what happened within it; a ratio whose denominator is zero is null.
 */
export interface KpiPeriod {
  granularity: Granularity;
  period: string;
  /** First and last business day of the period. */
  from: string;
  to: string;
  /** Active customers at the end of the period. */
  customersTotal: number;
  /** Active customers at the start of the period: the denominator of the rates. */
  customersAtStart: number;
  newCustomers: number;
  churnedCustomers: number;
  /** churnedCustomers / customersAtStart. */
  churnRate: number | null;
  /** (newCustomers − churnedCustomers) / customersAtStart. */
  netGrowthRate: number | null;
  /** Active customers per tier at the end of the period (every tier of both schemes). */
  tierDistribution: Record<string, number>;
  upgrades: number;
  downgrades: number;
  /** Sum of the latest valuation of every active customer at the end of the period. */
  totalFinancialAssets: WireMoney;
  contacts: { byChannel: Record<string, number>; byPriority: Record<string, number> };
  maturities: number;
  maturitiesRolledOver: number;
  /** maturitiesRolledOver / maturities. */
  rolledOverShare: number | null;
  /** Requests opened in the period. */
  serviceRequests: number;
  /** Requests resolved in the period, and of those the ones that met both deadlines. */
  serviceRequestsResolved: number;
  serviceRequestsWithinSla: number;
  /** serviceRequestsWithinSla / serviceRequestsResolved: 2 h first response and 24 h resolution. */
  slaCompliance: number | null;
  /** Active customers holding a wealth or fund product at period end / customersTotal. */
  productPenetration: number | null;
}

/** part / whole, or null when there is nothing to divide by. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
