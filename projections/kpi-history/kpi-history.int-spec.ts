import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store';
import { ProjectionRuntime } from '@ledger/projection-runtime';
import { EmbeddedReadStore, type ReadDocument, type ReadStore } from '@ledger/read-store';
import { KPI_BOOKS } from './book.documents';
import { getKpis } from './get-kpis.query';
import { KPI_CUSTOMERS, KPI_DAYS } from './kpi-history.documents';
import { kpiHistoryProjection } from './kpi-history.projection';
import { foldEvents, readStoreWith } from '../shared/test/fold-events';
import { quarterScenario } from './test/kpi-scenario';

async function documents(store: ReadStore, collection: string): Promise<Record<string, ReadDocument>> {
  const found = await store.find(collection, {}, { sort: { _id: 1 } });
  return Object.fromEntries(found.map(({ _position: _unused, ...document }) => [document._id, document]));
}

describe('kpi-history through the runtime, the SQLite event store and the embedded read store', () => {
  const directory = mkdtempSync(join(tmpdir(), 'ledger-kpi-'));
  const events = new SqliteEventStore(join(directory, 'events.sqlite'));
  const reads = new EmbeddedReadStore({ file: join(directory, 'read.sqlite') });
  const runtime = new ProjectionRuntime({
    eventStore: events,
    readStore: reads,
    projections: [kpiHistoryProjection],
    batchSize: 7, // several batches, and documents shared between them
    flushIntervalMs: 10,
  });
  const ledger = quarterScenario();

  beforeAll(async () => {
    for (const recorded of ledger.events) {
      await events.append(recorded.stream, [ledger.toAppend(recorded)], {
        streamState: recorded.revision - 1n < 0n ? 'no_stream' : recorded.revision - 1n,
      });
    }
    await runtime.start();
    await runtime.waitForPosition(String(ledger.events.length), { timeoutMs: 10_000 });
  });

  afterAll(async () => {
    await runtime.stop();
    await events.close();
    await reads.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('stores what the pure fold computes, and answers the same KPIs', async () => {
    const folded = foldEvents(kpiHistoryProjection, ledger.events);
    expect(await documents(reads, KPI_DAYS)).toEqual(folded[KPI_DAYS]);
    expect(await documents(reads, KPI_CUSTOMERS)).toEqual(folded[KPI_CUSTOMERS]);
    expect(await documents(reads, KPI_BOOKS)).toEqual(folded[KPI_BOOKS]);
    expect(Object.keys(folded[KPI_BOOKS] ?? {})).toHaveLength(5);
    const query = { granularity: 'month', from: '2026-01-01', to: '2026-04-30', currency: 'CNY' } as const;
    const expected = await readStoreWith(folded);
    expect(await getKpis(reads, query)).toEqual(await getKpis(expected, query));
    expect((await getKpis(reads, query)).map((month) => month.churnRate)).toEqual([null, 0, 0.4, 0]);
    await expected.close();
  });

  it('a rebuild from position 0 replays every event again into identical documents', async () => {
    const before = {
      days: await reads.find(KPI_DAYS, {}),
      customers: await reads.find(KPI_CUSTOMERS, {}),
      books: await reads.find(KPI_BOOKS, {}),
    };
    await runtime.rebuild(kpiHistoryProjection.name);
    await runtime.waitUntilLive({ timeoutMs: 10_000 });
    const [status] = await runtime.status();
    expect(status?.servingBuild).toBe('kpi-history_v3_r2');
    const sorted = (docs: ReadDocument[]) => [...docs].sort((a, b) => a._id.localeCompare(b._id));
    expect(sorted(await reads.find(KPI_DAYS, {}))).toEqual(sorted(before.days));
    expect(sorted(await reads.find(KPI_CUSTOMERS, {}))).toEqual(sorted(before.customers));
    expect(sorted(await reads.find(KPI_BOOKS, {}))).toEqual(sorted(before.books));
  });
});
