import { DEFAULT_POLICIES } from '@ledger/domain';
import type { ReadStore } from '@ledger/read-store';
import { listCustomers } from '../../../projections/customer-360';
import { getKpis, getPerformance, type PerformanceQuery } from '../../../projections/kpi-history';
import { listTierAudits } from '../../../projections/tier-audit';

/** The instant the generated data ends near: time-dependent filters are evaluated at it. */
const NOW = '2026-11-24T12:00:00.000Z';

/**
 * The read-model queries the api answers on its event loop, run once each on the rebuilt store: a
 * query's time is every other request's wait. The first page of a list also builds its kept sort order.
 */
export async function measureQueries(readStore: ReadStore, log: (line: string) => void): Promise<void> {
  const timed = async (name: string, run: () => Promise<unknown>) => {
    const started = process.hrtime.bigint();
    await run();
    log(`  ${name}: ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(1)} ms`);
  };
  log('queries on the rebuilt read models (one run each, synchronous on the event loop):');
  await timed('GET /customers?limit=50, first (builds the kept sort order)', () =>
    listCustomers(readStore, { page: 1, limit: 50 }, NOW, DEFAULT_POLICIES),
  );
  await timed('GET /customers?limit=50&page=100', () =>
    listCustomers(readStore, { page: 100, limit: 50 }, NOW, DEFAULT_POLICIES),
  );
  await timed('GET /customers?overdue=true&limit=50 (page and total)', () =>
    listCustomers(readStore, { overdue: true, page: 1, limit: 50 }, NOW, DEFAULT_POLICIES),
  );
  await timed('GET /tier-audits?limit=50, first (builds its kept sort order)', () =>
    listTierAudits(readStore, { page: 1, limit: 50 }),
  );
  await timed('GET /tier-audits?limit=50&page=20', () => listTierAudits(readStore, { page: 20, limit: 50 }));
  await timed('GET /kpis?granularity=month, 59 months', () =>
    getKpis(readStore, {
      granularity: 'month',
      from: '2022-01-01',
      to: '2026-11-30',
      currency: DEFAULT_POLICIES.retailTier.currency,
    }),
  );
  // Performance replays the books it reads (ADR 0020): one manager's, one branch's, every branch's.
  const performance = (query: Partial<PerformanceQuery>) =>
    getPerformance(readStore, {
      groupBy: 'relationshipManager',
      granularity: 'month',
      from: '2025-12-01',
      to: '2026-11-30',
      today: NOW.slice(0, 10),
      cadence: DEFAULT_POLICIES.contactCadence,
      branchTargets: DEFAULT_POLICIES.branchTargets,
      currency: DEFAULT_POLICIES.retailTier.currency,
      ...query,
    });
  await timed('GET /kpis?groupBy=relationshipManager, one manager, 12 months', () =>
    performance({ relationshipManagerId: 'rm-sh-pudong-01' }),
  );
  await timed('GET /kpis?groupBy=relationshipManager, one branch, 12 months', () =>
    performance({ branchId: 'branch-sh-pudong' }),
  );
  await timed('GET /kpis?groupBy=branch, every branch, 12 months', () => performance({ groupBy: 'branch' }));
}
