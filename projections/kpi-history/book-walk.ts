import { type ContactCadencePolicy, contactIntervalDays, DAY_MS } from '@ledger/domain';
import type { KpiBook } from './book.documents';
import { DEPOSIT_TYPES, LENDING_TYPES, WEALTH_TYPES } from './book.fold';
import type { PeriodRange } from './kpi-periods';
import type { GroupBy } from './performance-period';

/** A group's book at one moment (the end of a day). */
export interface BookStock {
  customers: number;
  assetsMinor: number;
  wealthHolders: number;
  lendingHolders: number;
  overdue: number;
}

/** What happened in a group's book within one period. */
export interface BookFlows {
  contactsMade: number;
  contactsDue: number;
  depositsMinor: number;
  creditCardsIssued: number;
}

/** stocks[0] is at the start of the first period, stocks[i + 1] at the end of period i. */
export interface GroupFigures {
  stocks: BookStock[];
  flows: BookFlows[];
}

export interface BookWalk {
  groupBy: GroupBy;
  /** Consecutive periods, in order. */
  periods: readonly PeriodRange[];
  /** Business day the answer is given on: nothing is overdue after it yet. */
  today: string;
  cadence: ContactCadencePolicy;
  /** Sales in another currency are not added to this one's. */
  currency: string;
}

const emptyStock = (): BookStock => ({
  customers: 0,
  assetsMinor: 0,
  wealthHolders: 0,
  lendingHolders: 0,
  overdue: 0,
});
const emptyFlows = (): BookFlows => ({
  contactsMade: 0,
  contactsDue: 0,
  depositsMinor: 0,
  creditCardsIssued: 0,
});

/**
 * Replays each customer's book facts in day order and adds them to the group that held the customer
 * at the time (ADR 0020). Cadence: a contact cycle starts at onboarding or at a contact; its due day
 * is the start + the interval of the customer's assets band (a valuation moves it, never before the
 * valuation's own day); the due counts once, on its day, when that day is reached without an earlier
 * contact; the customer is overdue from the day after until a contact.
 */
export function walkBooks(books: Iterable<KpiBook>, walk: BookWalk): Map<string, GroupFigures> {
  const { periods } = walk;
  // Days as day numbers, each date parsed once: the walk is the query's whole cost.
  const dayNumbers = new Map<string, number>();
  const dayOf = (date: string): number => {
    let n = dayNumbers.get(date);
    if (n === undefined) dayNumbers.set(date, (n = Math.floor(Date.parse(date) / DAY_MS)));
    return n;
  };
  const first = dayOf(periods[0]!.from);
  const last = dayOf(periods[periods.length - 1]!.to);
  const periodOfDay = new Int32Array(last - first + 1);
  periods.forEach((range, i) => periodOfDay.fill(i, dayOf(range.from) - first, dayOf(range.to) - first + 1));
  const boundaries = [first - 1, ...periods.map((range) => dayOf(range.to))];
  const today = dayOf(walk.today);
  const groups = new Map<string, GroupFigures>();
  const figuresOf = (group: string): GroupFigures => {
    let figures = groups.get(group);
    if (figures === undefined) {
      figures = { stocks: boundaries.map(emptyStock), flows: periods.map(emptyFlows) };
      groups.set(group, figures);
    }
    return figures;
  };
  const flowsOn = (group: string, day: number): BookFlows | undefined =>
    day < first || day > last ? undefined : figuresOf(group).flows[periodOfDay[day - first]!];

  for (const book of books) {
    let holder: string | null = null;
    let active = false;
    let assetsMinor = 0;
    const wealth = new Set<string>();
    const lending = new Set<string>();
    let cycleStart = 0;
    let due: number | null = null;
    let dueCounted = false;
    const group = () => (walk.groupBy === 'branch' ? book.branchId : holder!);
    const dueFrom = (start: number, on: number): number | null => {
      const interval = contactIntervalDays(assetsMinor, walk.cadence);
      return interval === null ? null : Math.max(start + interval, on);
    };
    const reach = (day: number) => {
      if (due === null || dueCounted || due > day) return;
      dueCounted = true;
      const flows = flowsOn(group(), due);
      if (flows !== undefined) flows.contactsDue += 1;
    };
    let next = 0;
    const stockUpTo = (day: number) => {
      for (; next < boundaries.length && boundaries[next]! < day; next += 1) {
        const end = boundaries[next]!;
        reach(end);
        if (!active) continue;
        const stock = figuresOf(group()).stocks[next]!;
        stock.customers += 1;
        stock.assetsMinor += assetsMinor;
        if (wealth.size > 0) stock.wealthHolders += 1;
        if (lending.size > 0) stock.lendingHolders += 1;
        if (due !== null && due < Math.min(end, today)) stock.overdue += 1;
      }
    };

    for (const fact of book.facts) {
      const on = dayOf(fact[0]);
      stockUpTo(on);
      if (next === boundaries.length) break;
      reach(on);
      switch (fact[1]) {
        case 'm':
          if (holder === null) {
            active = true;
            cycleStart = on;
            due = dueFrom(cycleStart, on);
          }
          holder = fact[2];
          break;
        case 'v':
          assetsMinor = fact[2];
          if (active && !dueCounted) due = dueFrom(cycleStart, on);
          break;
        case 'c': {
          if (!active) break;
          const flows = flowsOn(group(), on);
          if (flows !== undefined) flows.contactsMade += 1;
          cycleStart = on;
          dueCounted = false;
          due = dueFrom(cycleStart, on);
          break;
        }
        case 's': {
          if (!active) break;
          const [, , productType, holdingId, amountMinor, currency] = fact;
          if (WEALTH_TYPES.has(productType)) wealth.add(holdingId);
          if (LENDING_TYPES.has(productType)) lending.add(holdingId);
          const flows = currency === walk.currency ? flowsOn(group(), on) : undefined;
          if (flows === undefined) break;
          if (DEPOSIT_TYPES.has(productType)) flows.depositsMinor += amountMinor;
          if (productType === 'credit-card') flows.creditCardsIssued += 1;
          break;
        }
        case 'x':
          wealth.delete(fact[2]);
          lending.delete(fact[2]);
          break;
        case 'o':
          active = false;
          due = null;
          break;
      }
    }
    stockUpTo(Number.POSITIVE_INFINITY);
  }
  return groups;
}
