import { type BranchTargetsPolicy, branchTargetFor, type ContactCadencePolicy } from '@ledger/domain';
import type { Filter, ReadStore } from '@ledger/read-store';
import { toWireMoney } from '../shared/wire-money';
import { KPI_BOOKS, type KpiBook } from './book.documents';
import { type BookFlows, type BookStock, type GroupFigures, walkBooks } from './book-walk';
import { businessDay, InvalidKpiQuery, MAX_KPI_PERIODS } from './get-kpis.query';
import { ratio } from './kpi-period';
import { type Granularity, type PeriodRange, periodsBetween } from './kpi-periods';
import type { GroupBy, OpportunityPipelineFigures, PerformancePeriod } from './performance-period';
import { OPPORTUNITIES, type OpportunityDocument, summarisePipeline } from '../opportunity-pipeline';

export interface PerformanceQuery {
  groupBy: GroupBy;
  granularity: Granularity;
  /** First and last business day; every period that overlaps them is returned. */
  from: string;
  to: string;
  today: string;
  /** Narrow to one manager's figures (groupBy=relationshipManager) and/or one branch's customers. */
  relationshipManagerId?: string;
  branchId?: string;
  cadence: ContactCadencePolicy;
  branchTargets: BranchTargetsPolicy;
  currency: string;
}

/** A bound on one answer (groups × periods), not a business rule: narrow the range or the granularity. */
export const MAX_PERFORMANCE_ITEMS = 50_000;

/**
 * Performance per group and period, groups in id order, each with every period from `from` to `to`.
 * Reads the books of the customers the narrowing can concern, and replays them (book-walk.ts).
 */
export async function getPerformance(
  reads: ReadStore,
  query: PerformanceQuery,
): Promise<PerformancePeriod[]> {
  const from = businessDay(query.from, 'from');
  const to = businessDay(query.to, 'to');
  if (from > to) throw new InvalidKpiQuery('from is after to');
  const periods = periodsBetween(from, to, query.granularity);
  if (periods.length > MAX_KPI_PERIODS) throw new InvalidKpiQuery(`more than ${MAX_KPI_PERIODS} periods`);
  const books = await reads.find<KpiBook>(KPI_BOOKS, bookFilter(query));
  const groups = walkBooks(books, { ...query, periods });
  const opportunities = await opportunitiesOpenedIn(reads, query, periods);
  const items: PerformancePeriod[] = [];
  for (const group of [...groups.keys()].sort()) {
    if (query.groupBy === 'relationshipManager' && query.relationshipManagerId !== undefined)
      if (group !== query.relationshipManagerId) continue;
    if (query.groupBy === 'branch' && query.branchId !== undefined && group !== query.branchId) continue;
    const figures = groups.get(group)!;
    if (items.length + periods.length > MAX_PERFORMANCE_ITEMS)
      throw new InvalidKpiQuery(
        `more than ${MAX_PERFORMANCE_ITEMS} group periods: ask for fewer or longer periods`,
      );
    periods.forEach((range, i) =>
      items.push({
        ...periodOf(query, group, range, figures, i),
        opportunities: opportunityFigures(opportunities, query, group, range),
      }),
    );
  }
  return items;
}

/** The books the narrowing can concern: one branch's, and/or those a manager ever held (indexed). */
export function bookFilter(query: Pick<PerformanceQuery, 'branchId' | 'relationshipManagerId'>): Filter {
  const filter: Filter = {};
  if (query.branchId !== undefined) filter.branchId = query.branchId;
  if (query.relationshipManagerId !== undefined) filter.relationshipManagers = query.relationshipManagerId;
  return filter;
}

function periodOf(
  query: PerformanceQuery,
  group: string,
  range: PeriodRange,
  figures: GroupFigures,
  i: number,
): PerformancePeriod {
  const start = figures.stocks[i] as BookStock;
  const end = figures.stocks[i + 1] as BookStock;
  const flows = figures.flows[i] as BookFlows;
  const money = (amountMinor: number) => toWireMoney({ amountMinor, currency: query.currency });
  const item: PerformancePeriod = {
    groupBy: query.groupBy,
    group,
    granularity: query.granularity,
    ...range,
    customersAtStart: start.customers,
    customers: end.customers,
    contacts: {
      made: flows.contactsMade,
      due: flows.contactsDue,
      madeToDue: ratio(flows.contactsMade, flows.contactsDue),
      overdue: end.overdue,
    },
    bookAssets: {
      atStart: money(start.assetsMinor),
      atEnd: money(end.assetsMinor),
      growth: money(end.assetsMinor - start.assetsMinor),
      growthRate: ratio(end.assetsMinor - start.assetsMinor, start.assetsMinor),
    },
    wealthPenetration: { holders: end.wealthHolders, share: ratio(end.wealthHolders, end.customers) },
    lendingPenetration: { holders: end.lendingHolders, share: ratio(end.lendingHolders, end.customers) },
    sales: { deposits: money(flows.depositsMinor), creditCardsIssued: flows.creditCardsIssued },
  };
  const target =
    query.groupBy === 'branch' ? branchTargetFor(query.branchTargets, group, range.period) : undefined;
  if (target === undefined) return item;
  return {
    ...item,
    targets: {
      deposits: {
        target: money(target.depositsMinor),
        actual: money(flows.depositsMinor),
        share: ratio(flows.depositsMinor, target.depositsMinor),
      },
      cardsIssued: {
        target: target.cardsIssued,
        actual: flows.creditCardsIssued,
        share: ratio(flows.creditCardsIssued, target.cardsIssued),
      },
      payrollVolume: { target: money(target.payrollVolumeMinor) },
    },
  };
}

/** The opportunities the narrowing can concern, opened within the periods asked for. */
function opportunitiesOpenedIn(
  reads: ReadStore,
  query: PerformanceQuery,
  periods: readonly PeriodRange[],
): Promise<OpportunityDocument[]> {
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (first === undefined || last === undefined) return Promise.resolve([]);
  return reads.find<OpportunityDocument>(OPPORTUNITIES, {
    ...(query.relationshipManagerId !== undefined && { owner: query.relationshipManagerId }),
    ...(query.branchId !== undefined && { branchId: query.branchId }),
    openedAt: { $gte: `${first.from}T00:00:00.000Z`, $lte: `${last.to}T23:59:59.999Z` },
  });
}

/**
 * The group's opportunities opened in the period, in the reporting currency, as the pipeline
 * summary counts them: still open by stage, won (conversions, the matched holdings' principal), lost.
 */
function opportunityFigures(
  opportunities: readonly OpportunityDocument[],
  query: PerformanceQuery,
  group: string,
  range: PeriodRange,
): OpportunityPipelineFigures {
  const opened = opportunities.filter((opportunity) => {
    const day = opportunity.openedAt.slice(0, 10);
    const key = query.groupBy === 'relationshipManager' ? opportunity.owner : opportunity.branchId;
    return (
      key === group &&
      day >= range.from &&
      day <= range.to &&
      opportunity.expectedAmount.currency === query.currency
    );
  });
  const summary = summarisePipeline(opened, query.groupBy).groups[0];
  return {
    opened: opened.length,
    byStage: Object.fromEntries(
      Object.entries(summary?.byStage ?? {}).map(([stage, figures]) => [stage, figures.count]),
    ),
    conversions: summary?.won.count ?? 0,
    convertedAmount: summary?.won.amount ?? toWireMoney({ amountMinor: 0, currency: query.currency }),
    lost: summary?.lost.count ?? 0,
  };
}
