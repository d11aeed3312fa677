import { SqliteEventStore } from '@ledger/event-store';
import {
  DEVELOPMENT_MASTER_KEY,
  EncryptingEventStore,
  type KeyStore,
  masterKeyFrom,
  SqliteKeyStore,
} from '@ledger/personal-data';
import {
  type Projection,
  ProjectionRuntime,
  type ProjectionRuntimeOptions,
} from '@ledger/projection-runtime';
import { EmbeddedReadStore, type ReadDocument } from '@ledger/read-store';
import { seedLedger } from '@ledger/seed';

export interface SeededLedger {
  events: EncryptingEventStore;
  keys: KeyStore;
  close(): Promise<void>;
}

/** A generated ledger (libs/seed) in memory, sealed as the api seals it, campaigns included. */
export async function seededLedger(customers: number, seed: number): Promise<SeededLedger> {
  const inner = new SqliteEventStore(':memory:');
  const keys = new SqliteKeyStore(':memory:', masterKeyFrom(DEVELOPMENT_MASTER_KEY));
  const events = new EncryptingEventStore(inner, keys);
  await seedLedger({ customers, seed, store: events, campaigns: true });
  return {
    events,
    keys,
    async close() {
      await events.close();
      await keys.close();
    },
  };
}

export type BuiltDocuments = Record<string, Record<string, ReadDocument>>;

/**
 * Builds the projections from position 0 into a fresh read store with small batches and windows
 * (many commits, documents carried between them); every document of every collection, by _id.
 */
export async function buildAll(
  events: EncryptingEventStore,
  projections: readonly Projection[],
  options: Partial<ProjectionRuntimeOptions> = {},
): Promise<BuiltDocuments> {
  const reads = new EmbeddedReadStore({ file: ':memory:' });
  const runtime = new ProjectionRuntime({
    eventStore: events,
    readStore: reads,
    projections,
    batchSize: 50,
    catchUpCommitBytes: 64 * 1024,
    ...options,
  });
  await runtime.start();
  await runtime.waitUntilLive({ timeoutMs: 60_000 });
  await runtime.stop();
  const built: BuiltDocuments = {};
  for (const collection of projections.flatMap((projection) => projection.collections)) {
    const documents = await reads.find(collection, {}, { sort: { _id: 1 } });
    built[collection] = Object.fromEntries(documents.map((document) => [document._id, document]));
  }
  await reads.close();
  return built;
}
