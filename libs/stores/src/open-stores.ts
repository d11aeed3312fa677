import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import type { LedgerConfig } from '@ledger/config';
import { type EventStore, SqliteEventStore } from '@ledger/event-store';
import {
  blindIndexKeyOf,
  EncryptingEventStore,
  type KeyStore,
  MongoKeyStore,
  resolveMasterKey,
  SealingReadStore,
  SqliteKeyStore,
} from '@ledger/personal-data';
import { EmbeddedReadStore, MongoReadStore, type ReadStore } from '@ledger/read-store';

/** Every port, opened on the adapters the configuration selects. */
export interface LedgerStores {
  /** The log with personal fields encrypted on write and decrypted on read: what commands and projections use. */
  events: EventStore;
  /** The same log without decryption: personal fields stay ciphertext (the downstream feed). */
  sealedEvents: EventStore;
  /** The read models with personal fields sealed on write and opened on read (SealingReadStore). */
  reads: ReadStore;
  keys: KeyStore;
  mode: 'embedded' | 'production';
  close(): Promise<void>;
}

export const EVENTS_FILE = 'events.sqlite';
export const READ_MODELS_FILE = 'read-models.sqlite';

/**
 * Unset EVENT_STORE_URL / MONGODB_URL select the embedded adapters in DATA_DIR: the event log and
 * the wrapped data keys share one SQLite file, the read models live in another (they can be rebuilt).
 */
export async function openStores(
  config: LedgerConfig,
  options: { warn?: (message: string) => void } = {},
): Promise<LedgerStores> {
  const master = resolveMasterKey(config, options.warn);
  const eventsFile = join(config.dataDir, EVENTS_FILE);
  const sealedEvents: EventStore =
    config.eventStoreUrl === undefined
      ? new SqliteEventStore(eventsFile)
      : await openKurrentDb(config.eventStoreUrl);

  let mongo: MongoClient | undefined;
  let keys: KeyStore;
  let plainReads: ReadStore;
  if (config.mongodbUrl === undefined) {
    keys = new SqliteKeyStore(eventsFile, master);
    plainReads = new EmbeddedReadStore({ file: join(config.dataDir, READ_MODELS_FILE) });
  } else {
    mongo = await new MongoClient(config.mongodbUrl).connect();
    keys = new MongoKeyStore(mongo.db(), master);
    plainReads = await MongoReadStore.connect({ url: config.mongodbUrl });
  }
  const reads = new SealingReadStore(plainReads, keys, blindIndexKeyOf(master));
  const events = new EncryptingEventStore(sealedEvents, keys);
  return {
    events,
    sealedEvents,
    reads,
    keys,
    mode: config.eventStoreUrl === undefined && config.mongodbUrl === undefined ? 'embedded' : 'production',
    async close() {
      await reads.close();
      await sealedEvents.close();
      await keys.close();
      await mongo?.close();
    },
  };
}

/** Loaded only when configured: the gRPC client takes about a second to load. */
async function openKurrentDb(url: string): Promise<EventStore> {
  const { KurrentDbEventStore } = await import('@ledger/event-store/kurrentdb/kurrentdb.event-store');
  return KurrentDbEventStore.fromConnectionString(url);
}
