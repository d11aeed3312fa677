import { DEFAULT_POLICIES } from '@ledger/domain';
import { SqliteEventStore } from '@ledger/event-store';
import {
  DEVELOPMENT_MASTER_KEY,
  EncryptingEventStore,
  masterKeyFrom,
  SqliteKeyStore,
} from '@ledger/personal-data';
import { type Projection, ProjectionRuntime } from '@ledger/projection-runtime';
import { EmbeddedReadStore, type ReadDocument } from '@ledger/read-store';
import { seedLedger } from '@ledger/seed';
import { allProjections } from './index';

/** This spec runs under the seed defaults; the apps build theirs from configuration. */
const SEED_DEFAULT_PROJECTIONS = allProjections(DEFAULT_POLICIES);

/** Builds the projections from position 0 into a fresh read store; every document of every collection, by _id. */
async function build(events: EncryptingEventStore, projections: readonly Projection[]) {
  const reads = new EmbeddedReadStore({ file: ':memory:' });
  // Small batches and windows: many commits, documents carried between them.
  const runtime = new ProjectionRuntime({
    eventStore: events,
    readStore: reads,
    projections,
    batchSize: 50,
    catchUpCommitBytes: 64 * 1024,
  });
  await runtime.start();
  await runtime.waitUntilLive({ timeoutMs: 60_000 });
  await runtime.stop();
  const built: Record<string, Record<string, ReadDocument>> = {};
  for (const collection of projections.flatMap((projection) => projection.collections)) {
    const documents = await reads.find(collection, {}, { sort: { _id: 1 } });
    built[collection] = Object.fromEntries(documents.map((document) => [document._id, document]));
  }
  await reads.close();
  return built;
}

describe('every read model declared rebuildByStream', () => {
  it('builds the same documents stream by stream as in log order, from a seeded ledger', async () => {
    const inner = new SqliteEventStore(':memory:');
    const keys = new SqliteKeyStore(':memory:', masterKeyFrom(DEVELOPMENT_MASTER_KEY));
    const events = new EncryptingEventStore(inner, keys);
    // With campaigns: their contacts and targets cross customer and campaign streams.
    await seedLedger({ customers: 120, seed: 9, store: events, campaigns: true });

    expect(SEED_DEFAULT_PROJECTIONS.every((projection) => projection.rebuildByStream === true)).toBe(true);
    const byStream = await build(events, SEED_DEFAULT_PROJECTIONS);
    const logOrder = await build(
      events,
      SEED_DEFAULT_PROJECTIONS.map((projection) => ({ ...projection, rebuildByStream: false })),
    );
    for (const [collection, documents] of Object.entries(logOrder)) {
      expect(Object.keys(documents).length).toBeGreaterThan(0);
      expect({ [collection]: byStream[collection] }).toEqual({ [collection]: documents });
    }
    await events.close();
    await keys.close();
  });
});
