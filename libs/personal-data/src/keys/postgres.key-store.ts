import { Pool } from 'pg';
import type { MasterKey } from './master-key';
import type { LiveKeyRecord, WrappedKeyRecord, WrappedKeyRecords } from './wrapped-key.records';
import { type KeyCacheOptions, WrappingKeyStore } from './wrapping.key-store';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

interface Row {
  customer_id: string;
  key_id: string | null;
  master_key_id: string | null;
  wrapped_key: Buffer | null;
  created_at: Date;
  destroyed_at: Date | null;
}

/** Wrapped keys in a `data_keys` table beside the event log (same schema, same backups). */
class PostgresKeyRecords implements WrappedKeyRecords {
  constructor(
    private readonly pool: Pool,
    private readonly table: string,
  ) {}

  async find(customerId: string): Promise<WrappedKeyRecord | null> {
    const { rows } = await this.pool.query<Row>(`SELECT * FROM ${this.table} WHERE customer_id = $1`, [
      customerId,
    ]);
    const row = rows[0];
    return row === undefined ? null : toRecord(row);
  }

  async insertIfAbsent(record: LiveKeyRecord): Promise<WrappedKeyRecord> {
    await this.pool.query(
      `INSERT INTO ${this.table} (customer_id, key_id, master_key_id, wrapped_key, created_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (customer_id) DO NOTHING`,
      [record.customerId, record.keyId, record.masterKeyId, record.wrapped, record.createdAt],
    );
    // Another process may have made this customer's key first: theirs is the one that stands.
    return (await this.find(record.customerId)) ?? record;
  }

  async tombstone(customerId: string, at: Date): Promise<void> {
    // An UPDATE leaves the old row version until VACUUM reclaims it: the ADR says how that is bounded.
    await this.pool.query(
      `INSERT INTO ${this.table} (customer_id, created_at, destroyed_at) VALUES ($1, $2, $2)
       ON CONFLICT (customer_id) DO UPDATE SET key_id = NULL, master_key_id = NULL, wrapped_key = NULL,
         destroyed_at = COALESCE(${this.table}.destroyed_at, excluded.destroyed_at)`,
      [customerId, at],
    );
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

function toRecord(row: Row): WrappedKeyRecord {
  if (row.destroyed_at !== null || row.wrapped_key === null) {
    return { customerId: row.customer_id, destroyedAt: row.destroyed_at ?? row.created_at };
  }
  return {
    customerId: row.customer_id,
    keyId: row.key_id ?? '',
    wrapped: row.wrapped_key,
    masterKeyId: row.master_key_id ?? '',
    createdAt: row.created_at,
    destroyedAt: null,
  };
}

export interface PostgresKeyStoreOptions extends KeyCacheOptions {
  /** Schema of the table (default 'ledger', the event log's). */
  schema?: string;
}

/** The key store on PostgreSQL: the same wrapping and cache as every backend (WrappingKeyStore). */
export class PostgresKeyStore extends WrappingKeyStore {
  static async open(
    connectionString: string,
    master: MasterKey,
    options: PostgresKeyStoreOptions = {},
  ): Promise<PostgresKeyStore> {
    const schema = options.schema ?? 'ledger';
    if (!SCHEMA_NAME.test(schema)) throw new Error(`"${schema}" is not a usable PostgreSQL schema name`);
    const pool = new Pool({ connectionString, max: 4 });
    pool.on('error', () => undefined);
    const table = `${schema}.data_keys`;
    try {
      await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).catch(ignoreRace);
      await pool
        .query(
          `CREATE TABLE IF NOT EXISTS ${table} (
            customer_id   text PRIMARY KEY,
            key_id        text,
            master_key_id text,
            wrapped_key   bytea,
            created_at    timestamptz NOT NULL,
            destroyed_at  timestamptz,
            CHECK ((wrapped_key IS NULL) = (destroyed_at IS NOT NULL))
          )`,
        )
        .catch(ignoreRace);
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return new PostgresKeyStore(new PostgresKeyRecords(pool, table), master, options);
  }
}

/** Two processes creating the same table at once: the loser's "already exists" is no failure. */
function ignoreRace(error: unknown): void {
  const code = (error as { code?: string }).code;
  if (code !== '23505' && code !== '42P07' && code !== '42P06') throw error;
}
