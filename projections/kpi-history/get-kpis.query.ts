import { toBusinessDate } from '@ledger/domain';
import type { ReadStore } from '@ledger/read-store';
import {
  KPI_CUSTOMERS,
  KPI_DAYS,
  type KpiCustomer,
  type KpiDay,
  type KpiFlows,
  type StockChange,
} from './kpi-history.documents';
import { toWireMoney } from '../shared/wire-money';
import { type KpiPeriod, ratio } from './kpi-period';
import { type Granularity, type PeriodRange, periodOf, periodsBetween } from './kpi-periods';
import { addFlows, addStock, copyStock, emptyFlows, emptyStock, type Stock } from './kpi-rollup';

export interface KpiQuery {
  granularity: Granularity;
  /** Business days or instants (ISO 8601); every period that overlaps [from, to] is returned. */
  from: string;
  to: string;
  /** The currency asset sums are reported in: the configured policies' (retailTier.currency). */
  currency: string;
}

/** Ten years of days: a bound on the work one query can ask for. */
export const MAX_KPI_PERIODS = 3660;

export class InvalidKpiQuery extends RangeError {
  readonly code = 'INVALID_KPI_QUERY';
}

/** A business day or instant as its day; a 400-worthy InvalidKpiQuery when it is no date. */
export function businessDay(value: string, field: string): string {
  if (Number.isNaN(Date.parse(value))) throw new InvalidKpiQuery(`${field} is not a date`);
  return toBusinessDate(value);
}

/**
 * KPIs per period, oldest first, empty periods included. Flows add up the day documents inside each
 * period. Stocks at a period's end add up every stock change up to that day: the days' own (new
 * customers' tiers, tier changes, valuation deltas; customersTotal = new − churned) and the
 * customers' adjustments (penetration starts and ends, what churned customers took away). So a
 * figure never depends on which periods were asked for.
 */
export async function getKpis(readStore: ReadStore, query: KpiQuery): Promise<KpiPeriod[]> {
  const from = businessDay(query.from, 'from');
  const to = businessDay(query.to, 'to');
  if (from > to) throw new InvalidKpiQuery('from is after to');
  const periods = periodsBetween(from, to, query.granularity);
  if (periods.length > MAX_KPI_PERIODS) throw new InvalidKpiQuery(`more than ${MAX_KPI_PERIODS} periods`);
  const first = periods[0]!;
  const last = periods[periods.length - 1]!;

  const days = await readStore.find<KpiDay>(KPI_DAYS, { _id: { $lte: last.to } });
  const adjusted = await readStore.find<Pick<KpiCustomer, '_id' | 'adjustments'>>(
    KPI_CUSTOMERS,
    { adjusts: true },
    { fields: ['adjustments'] },
  );
  const { granularity } = query;
  const opening = emptyStock();
  const stockByPeriod = new Map<string, Stock>();
  const flowsByPeriod = new Map<string, KpiFlows>();
  const addChange = (day: string, change: StockChange) =>
    addStock(
      day < first.from ? opening : bucket(stockByPeriod, periodOf(day, granularity), emptyStock),
      change,
    );
  for (const day of days) {
    addChange(day._id, day.stock);
    if (day._id < first.from) opening.customers += day.newCustomers - day.churnedCustomers;
    else addFlows(bucket(flowsByPeriod, periodOf(day._id, granularity), emptyFlows), day);
  }
  for (const customer of adjusted) {
    for (const [day, change] of Object.entries(customer.adjustments))
      if (day <= last.to) addChange(day, change);
  }
  let stock = opening;
  return periods.map((range) => {
    const customersAtStart = stock.customers;
    const flows = flowsByPeriod.get(range.period) ?? emptyFlows();
    stock = copyStock(stock);
    addStock(stock, stockByPeriod.get(range.period) ?? {});
    stock.customers += flows.newCustomers - flows.churnedCustomers;
    return toPeriod(granularity, range, customersAtStart, stock, flows, query.currency);
  });
}

function bucket<T>(map: Map<string, T>, key: string, create: () => T): T {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}

function toPeriod(
  granularity: Granularity,
  range: PeriodRange,
  customersAtStart: number,
  stock: Stock,
  flows: KpiFlows,
  currency: string,
): KpiPeriod {
  return {
    granularity,
    ...range,
    customersTotal: stock.customers,
    customersAtStart,
    newCustomers: flows.newCustomers,
    churnedCustomers: flows.churnedCustomers,
    churnRate: ratio(flows.churnedCustomers, customersAtStart),
    netGrowthRate: ratio(flows.newCustomers - flows.churnedCustomers, customersAtStart),
    tierDistribution: { ...stock.tiers },
    upgrades: flows.upgrades,
    downgrades: flows.downgrades,
    // Wire Money like every other route; the sum is kept in minor units so nothing is rounded.
    totalFinancialAssets: toWireMoney({ amountMinor: stock.assetsMinor, currency }),
    contacts: { byChannel: flows.contactsByChannel, byPriority: flows.contactsByPriority },
    maturities: flows.maturities,
    maturitiesRolledOver: flows.maturitiesRolledOver,
    rolledOverShare: ratio(flows.maturitiesRolledOver, flows.maturities),
    serviceRequests: flows.serviceRequests,
    serviceRequestsResolved: flows.serviceRequestsResolved,
    serviceRequestsWithinSla: flows.serviceRequestsWithinSla,
    slaCompliance: ratio(flows.serviceRequestsWithinSla, flows.serviceRequestsResolved),
    productPenetration: ratio(stock.penetrated, stock.customers),
  };
}
