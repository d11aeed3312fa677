import { get } from '../api';
import { chartWithTable, type Series } from '../charts';
import { el, field, formValues, input, percent, replace, select } from '../dom';
import { hasRole, type Session } from '../session';
import type { Money } from '../views';

interface KpiPeriod {
  period: string;
  customersTotal: number;
  newCustomers: number;
  churnedCustomers: number;
  churnRate: number | null;
  upgrades: number;
  downgrades: number;
  totalFinancialAssets: Money;
  contacts: { byChannel: Record<string, number> };
  serviceRequests: number;
  slaCompliance: number | null;
}

interface PerformancePeriod {
  group: string;
  period: string;
  customers: number;
  contacts: { made: number; due: number; madeToDue: number | null; overdue: number };
  bookAssets: { atEnd: Money };
  wealthPenetration: { share: number | null };
}

const amount = (money: Money): number => Number(money.amount);
const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);

/** The bank's history: customers (line) with their flows (bars), and contacts and service requests. */
function bankCharts(items: KpiPeriod[]): HTMLElement[] {
  const periods = items.map((item) => item.period);
  return [
    chartWithTable('kpi-customers', 'period: customers', periods, [
      { name: 'customers', type: 'line', data: items.map((item) => item.customersTotal) },
      { name: 'new', type: 'bar', data: items.map((item) => item.newCustomers) },
      { name: 'churned', type: 'bar', data: items.map((item) => item.churnedCustomers) },
      {
        name: 'churn rate',
        type: 'line',
        axis: 1,
        format: percent,
        data: items.map((item) => item.churnRate),
      },
    ]),
    chartWithTable('kpi-activity', 'period: contacts, tier changes and service', periods, [
      { name: 'contacts', type: 'bar', data: items.map((item) => sum(item.contacts.byChannel)) },
      { name: 'upgrades', type: 'bar', data: items.map((item) => item.upgrades) },
      { name: 'downgrades', type: 'bar', data: items.map((item) => item.downgrades) },
      { name: 'service requests', type: 'bar', data: items.map((item) => item.serviceRequests) },
      {
        name: 'SLA met',
        type: 'line',
        axis: 1,
        format: percent,
        data: items.map((item) => item.slaCompliance),
      },
    ]),
    chartWithTable('kpi-assets', 'period: total financial assets', periods, [
      { name: 'assets', type: 'line', data: items.map((item) => amount(item.totalFinancialAssets)) },
    ]),
  ];
}

/** Per branch or manager: one series per group, so groups compare period by period. */
function groupCharts(items: PerformancePeriod[]): HTMLElement[] {
  const periods = [...new Set(items.map((item) => item.period))].sort();
  const groups = [...new Set(items.map((item) => item.group))].sort();
  const per = (
    type: 'bar' | 'line',
    value: (item: PerformancePeriod) => number | null,
    format?: Series['format'],
  ) =>
    groups.map((group): Series => ({
      name: group,
      type,
      ...(format !== undefined && { format, axis: 1 as const }),
      data: periods.map((period) => {
        const item = items.find((one) => one.group === group && one.period === period);
        return item === undefined ? null : value(item);
      }),
    }));
  return [
    chartWithTable(
      'kpi-contacts-made',
      'period: contacts made',
      periods,
      per('bar', (item) => item.contacts.made),
    ),
    chartWithTable(
      'kpi-made-to-due',
      'period: contacts made / due',
      periods,
      per('line', (item) => item.contacts.madeToDue, percent),
    ),
    chartWithTable(
      'kpi-book-assets',
      'period: book assets',
      periods,
      per('line', (item) => amount(item.bookAssets.atEnd)),
    ),
    chartWithTable(
      'kpi-wealth-share',
      'period: 理财 penetration',
      periods,
      per('bar', (item) => item.wealthPenetration.share, percent),
    ),
  ];
}

export async function renderKpis(page: HTMLElement, session: Session): Promise<void> {
  const results = el('div', { class: 'charts', 'data-testid': 'kpi-results' });
  // A manager reads its own figures and a branch head its branch's (the API narrows; ADR 0020).
  const grouping = hasRole(session, 'committee-member', 'auditor', 'admin')
    ? ['', 'branch', 'relationshipManager']
    : hasRole(session, 'branch-head')
      ? ['branch', 'relationshipManager']
      : ['relationshipManager'];
  const form = el(
    'form',
    {
      class: 'filters',
      'data-testid': 'kpi-filters',
      onsubmit: (event: Event) => {
        event.preventDefault();
        void show(formValues(form)).catch((error: unknown) =>
          replace(
            results,
            el('p', { class: 'error' }, error instanceof Error ? error.message : String(error)),
          ),
        );
      },
    },
    field('Granularity', select('granularity', ['day', 'month', 'quarter'], 'month')),
    field('Per', select('groupBy', grouping, grouping[0])),
    field('Branch', input('branchId', '', 'branch-hz')),
    field('Manager', input('relationshipManagerId', '', 'rm-li')),
    field('From', input('from', '', '2026-01, 2026-Q1 or 2026-01-01')),
    field('To', input('to', '', '2026-12')),
    el('button', { type: 'submit' }, 'Show'),
  );
  async function show(filters: Record<string, string>): Promise<void> {
    // A year of days is a wide chart: by day, the last 31 days unless a range is given.
    const from =
      filters['granularity'] === 'day' && filters['from'] === undefined
        ? new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10)
        : filters['from'];
    const { items } = await get<{ items: KpiPeriod[] | PerformancePeriod[] }>('/kpis', { ...filters, from });
    const charts =
      filters['groupBy'] === undefined
        ? bankCharts(items as KpiPeriod[])
        : groupCharts(items as PerformancePeriod[]);
    replace(results, ...charts);
  }
  replace(page, el('h1', {}, 'KPIs'), form, results);
  await show(formValues(form));
}
