import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '@ledger/event-store';
import { EncryptingEventStore, type MasterKey, SqliteKeyStore } from '@ledger/personal-data';

/** The embedded ledger as the api opens it: events and wrapped data keys in `<dataDir>/events.sqlite`. */
export interface LedgerFiles {
  file: string;
  store: EncryptingEventStore;
  events: SqliteEventStore;
  close(): Promise<void>;
}

/**
 * Opens the data directory's ledger for writing many customers. Keys go into the same file and table
 * as the api's key store, through a connection with synchronous=NORMAL: each new customer's key is
 * then not one fsync of its own (a crash mid-seed means seeding again, not lost customer data).
 */
export function openLedgerForSeeding(dataDir: string, masterKey: MasterKey): LedgerFiles {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'events.sqlite');
  const events = new SqliteEventStore(file);
  const keyDb = new Database(file);
  keyDb.pragma('journal_mode = WAL');
  keyDb.pragma('synchronous = NORMAL');
  keyDb.pragma('busy_timeout = 5000');
  // Every customer's key stays unwrapped for the whole run: a ledger written day by day comes back
  // to each customer long after a default-sized cache would have dropped its key.
  const keys = new SqliteKeyStore(keyDb, masterKey, { cacheSize: 1_000_000, cacheMaxAgeMs: 24 * 3_600_000 });
  const store = new EncryptingEventStore(events, keys);
  return {
    file,
    store,
    events,
    async close() {
      await store.close();
      await keys.close();
      keyDb.close();
    },
  };
}
