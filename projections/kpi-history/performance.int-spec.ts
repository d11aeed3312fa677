import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_POLICIES } from '@ledger/domain';
import { SqliteEventStore } from '@ledger/event-store';
import { ProjectionRuntime } from '@ledger/projection-runtime';
import { EmbeddedReadStore, type ReadStore } from '@ledger/read-store';
import { foldEvents, readStoreWith } from '../shared/test/fold-events';
import { KPI_BOOKS } from './book.documents';
import { getPerformance } from './get-performance.query';
import { kpiHistoryProjection } from './kpi-history.projection';
import { booksScenario } from './test/books-scenario';

const months = (store: ReadStore, groupBy: 'relationshipManager' | 'branch') =>
  getPerformance(store, {
    groupBy,
    granularity: 'month',
    from: '2026-01-01',
    to: '2026-03-31',
    today: '2026-12-07',
    cadence: DEFAULT_POLICIES.contactCadence,
    branchTargets: DEFAULT_POLICIES.branchTargets,
    currency: 'CNY',
  });

describe('performance through the runtime: batches and a rebuild give what the pure fold gives', () => {
  const directory = mkdtempSync(join(tmpdir(), 'ledger-performance-'));
  const events = new SqliteEventStore(join(directory, 'events.sqlite'));
  const reads = new EmbeddedReadStore({ file: join(directory, 'read.sqlite') });
  const runtime = new ProjectionRuntime({
    eventStore: events,
    readStore: reads,
    projections: [kpiHistoryProjection],
    batchSize: 5,
    flushIntervalMs: 10,
  });
  const ledger = booksScenario();

  beforeAll(async () => {
    for (const recorded of ledger.events)
      await events.append(recorded.stream, [ledger.toAppend(recorded)], {
        streamState: recorded.revision === 0n ? 'no_stream' : recorded.revision - 1n,
      });
    await runtime.start();
    await runtime.waitForPosition(String(ledger.events.length), { timeoutMs: 10_000 });
  });

  afterAll(async () => {
    await runtime.stop();
    await events.close();
    await reads.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('answers the same figures live and after a rebuild from position 0', async () => {
    const expected = await readStoreWith(foldEvents(kpiHistoryProjection, ledger.events));
    const pure = {
      managers: await months(expected, 'relationshipManager'),
      branches: await months(expected, 'branch'),
    };
    await expected.close();
    expect(pure.managers).toHaveLength(9);
    expect({
      managers: await months(reads, 'relationshipManager'),
      branches: await months(reads, 'branch'),
    }).toEqual(pure);
    expect(await reads.count(KPI_BOOKS)).toBe(3);
    await runtime.rebuild(kpiHistoryProjection.name);
    await runtime.waitUntilLive({ timeoutMs: 10_000 });
    expect({
      managers: await months(reads, 'relationshipManager'),
      branches: await months(reads, 'branch'),
    }).toEqual(pure);
  });
});
