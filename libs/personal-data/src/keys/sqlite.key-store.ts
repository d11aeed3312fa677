import Database from 'better-sqlite3';
import { GroupCommit, type Outcome } from '@ledger/event-store';
import type { MasterKey } from './master-key';
import type { LiveKeyRecord, WrappedKeyRecord, WrappedKeyRecords } from './wrapped-key.records';
import { type KeyCacheOptions, WrappingKeyStore } from './wrapping.key-store';

interface Row {
  customer_id: string;
  key_id: string | null;
  master_key_id: string | null;
  wrapped_key: Buffer | null;
  created_at: string;
  destroyed_at: string | null;
}

/** Wrapped keys in a `data_keys` table, usually inside the event store's own SQLite file. */
class SqliteKeyRecords implements WrappedKeyRecords {
  private readonly db: Database.Database;
  private readonly ownsDb: boolean;
  // Prepared once: preparing per lookup cost more than the lookup itself during a rebuild.
  private readonly byCustomer: Database.Statement<[string], Row>;
  private readonly insert: Database.Statement<[string, string, string, Buffer, string]>;
  private readonly tombstoneRow: Database.Statement<[string, string, string]>;
  /** New keys made in one turn of the event loop share a transaction: one fsync, not one per customer. */
  private readonly inserts: GroupCommit<LiveKeyRecord, void>;

  constructor(database: string | Database.Database) {
    this.ownsDb = typeof database === 'string';
    this.db = typeof database === 'string' ? new Database(database) : database;
    if (this.ownsDb) {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = FULL');
      this.db.pragma('busy_timeout = 5000');
    }
    // Overwrite freed bytes with zeros, so a destroyed wrapped key does not linger in free space.
    this.db.pragma('secure_delete = ON');
    this.db.exec(`CREATE TABLE IF NOT EXISTS data_keys (
      customer_id   TEXT PRIMARY KEY,
      key_id        TEXT,
      master_key_id TEXT,
      wrapped_key   BLOB,
      created_at    TEXT NOT NULL,
      destroyed_at  TEXT,
      CHECK ((wrapped_key IS NULL) = (destroyed_at IS NOT NULL))
    )`);
    this.byCustomer = this.db.prepare<[string], Row>('SELECT * FROM data_keys WHERE customer_id = ?');
    this.insert = this.db.prepare(
      `INSERT INTO data_keys (customer_id, key_id, master_key_id, wrapped_key, created_at)
       VALUES (?, ?, ?, ?, ?) ON CONFLICT (customer_id) DO NOTHING`,
    );
    this.tombstoneRow = this.db.prepare(
      `INSERT INTO data_keys (customer_id, created_at, destroyed_at) VALUES (?, ?, ?)
       ON CONFLICT (customer_id) DO UPDATE SET key_id = NULL, master_key_id = NULL, wrapped_key = NULL,
         destroyed_at = COALESCE(data_keys.destroyed_at, excluded.destroyed_at)`,
    );
    const insertAll = this.db.transaction((records: readonly LiveKeyRecord[]) =>
      records.map((record): Outcome<void> => {
        try {
          this.insert.run(
            record.customerId,
            record.keyId,
            record.masterKeyId,
            record.wrapped,
            record.createdAt.toISOString(),
          );
          return { ok: true, value: undefined };
        } catch (error) {
          // A failed insert is undone alone; if SQLite rolled back the whole transaction, the batch fails.
          if (!this.db.inTransaction) throw error;
          return { ok: false, error };
        }
      }),
    );
    this.inserts = new GroupCommit((records) => insertAll.immediate(records));
  }

  async find(customerId: string): Promise<WrappedKeyRecord | null> {
    const row = this.byCustomer.get(customerId);
    return row === undefined ? null : toRecord(row);
  }

  async insertIfAbsent(record: LiveKeyRecord): Promise<WrappedKeyRecord> {
    await this.inserts.submit(record);
    // Another caller may have made this customer's key first: theirs is the one that stands.
    return (await this.find(record.customerId)) ?? record;
  }

  async tombstone(customerId: string, at: Date): Promise<void> {
    this.tombstoneRow.run(customerId, at.toISOString(), at.toISOString());
    // The old page image still sits in the WAL until a checkpoint copies the zeroed page over it
    // and TRUNCATE empties the log; busy readers can defer that to a later checkpoint.
    if (this.db.pragma('journal_mode', { simple: true }) === 'wal')
      this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async close(): Promise<void> {
    await this.inserts.drained();
    if (this.ownsDb && this.db.open) this.db.close();
  }
}

function toRecord(row: Row): WrappedKeyRecord {
  if (row.destroyed_at !== null || row.wrapped_key === null) {
    return { customerId: row.customer_id, destroyedAt: new Date(row.destroyed_at ?? row.created_at) };
  }
  return {
    customerId: row.customer_id,
    keyId: row.key_id ?? '',
    wrapped: row.wrapped_key,
    masterKeyId: row.master_key_id ?? '',
    createdAt: new Date(row.created_at),
    destroyedAt: null,
  };
}

/**
 * The embedded key store. Give it the event store's open Database to keep keys in the same file
 * (one backup, one place to shred), or a path to open its own connection.
 */
export class SqliteKeyStore extends WrappingKeyStore {
  constructor(database: string | Database.Database, master: MasterKey, options?: KeyCacheOptions) {
    super(new SqliteKeyRecords(database), master, options);
  }
}
