import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { isPostgresUrl, type LedgerConfig, usesServerStores } from '@ledger/config';
import { type EventStore, PostgresEventStore, SqliteEventStore } from '@ledger/event-store';
import {
  blindIndexKeyOf,
  EncryptingEventStore,
  type KeyStore,
  MongoKeyStore,
  PostgresKeyStore,
  resolveMasterKey,
  SealingReadStore,
  SqliteKeyStore,
} from '@ledger/personal-data';
import { EmbeddedReadStore, MongoReadStore, PostgresReadStore, type ReadStore } from '@ledger/read-store';

/** Every port, opened on the adapters the configuration selects. */
export interface LedgerStores {
  /** The log with personal fields encrypted on write and decrypted on read: what commands and projections use. */
  events: EventStore;
  /** The same log without decryption: personal fields stay ciphertext (the downstream feed). */
  sealedEvents: EventStore;
  /** The read models with personal fields sealed on write and opened on read (SealingReadStore). */
  reads: ReadStore;
  keys: KeyStore;
  /** blindIndexKeyOf(master key): the key of every blind index, the idNumber register's included. */
  blindIndexKey: Buffer;
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
  const sealedEvents = await openEventStore(config, eventsFile);
  let mongo: MongoClient | undefined;
  let keys: KeyStore;
  let plainReads: ReadStore;
  const { eventStoreUrl, readStoreUrl } = config;
  // The keys live beside a PostgreSQL log: one backup holds both, one place to shred.
  const pgLog =
    eventStoreUrl !== undefined && isPostgresUrl(eventStoreUrl)
      ? postgresTarget(eventStoreUrl, 'ledger')
      : null;
  const pgKeys = async (target: { connectionString: string; schema: string }) =>
    PostgresKeyStore.open(target.connectionString, master, { schema: target.schema });
  if (readStoreUrl === undefined) {
    keys = new SqliteKeyStore(eventsFile, master);
    plainReads = new EmbeddedReadStore({ file: join(config.dataDir, READ_MODELS_FILE) });
  } else if (isPostgresUrl(readStoreUrl)) {
    const reads = postgresTarget(readStoreUrl, 'ledger_read');
    plainReads = await PostgresReadStore.open(reads.connectionString, { schema: reads.schema });
    keys = await pgKeys(pgLog ?? reads);
  } else {
    mongo = await new MongoClient(readStoreUrl).connect();
    plainReads = await MongoReadStore.connect({ url: readStoreUrl });
    keys = pgLog ? await pgKeys(pgLog) : new MongoKeyStore(mongo.db(), master);
  }
  const blindIndexKey = blindIndexKeyOf(master);
  const reads = new SealingReadStore(plainReads, keys, blindIndexKey);
  const events = new EncryptingEventStore(sealedEvents, keys);
  return {
    events,
    sealedEvents,
    reads,
    keys,
    blindIndexKey,
    mode: usesServerStores(config) ? 'production' : 'embedded',
    async close() {
      await reads.close();
      await sealedEvents.close();
      await keys.close();
      await mongo?.close();
    },
  };
}

/** The log alone, sealed (as stored and hashed): what verification and exports read. */
export function openEventLog(config: LedgerConfig): Promise<EventStore> {
  return openEventStore(config, join(config.dataDir, EVENTS_FILE));
}

async function openEventStore(config: LedgerConfig, eventsFile: string): Promise<EventStore> {
  const url = config.eventStoreUrl;
  if (url === undefined) return new SqliteEventStore(eventsFile);
  if (!isPostgresUrl(url)) return openKurrentDb(url);
  const { connectionString, schema } = postgresTarget(url, 'ledger');
  return PostgresEventStore.open(connectionString, { schema });
}

/**
 * A PostgreSQL URL's `?schema=` names the schema the store's tables live in (default `fallback`);
 * node-postgres would pass it to the server as a setting, so it is taken off first.
 */
export function postgresTarget(url: string, fallback: string): { connectionString: string; schema: string } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? fallback;
  parsed.searchParams.delete('schema');
  return { connectionString: parsed.toString(), schema };
}

/** Loaded only when configured: the gRPC client takes about a second to load. */
async function openKurrentDb(url: string): Promise<EventStore> {
  const { KurrentDbEventStore } = await import('@ledger/event-store/kurrentdb/kurrentdb.event-store');
  return KurrentDbEventStore.fromConnectionString(url);
}
