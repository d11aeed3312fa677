import { Pool, type PoolClient } from 'pg';
import { AliasCache } from '../alias-cache';
import { DuplicateKey } from '../errors';
import { query } from '../embedded/memory-collection';
import { assertAlias, assertCollection, assertFields, assertName, assertWrites, indexName } from '../naming';
import type {
  Checkpoint,
  DocumentWrite,
  Filter,
  FindOptions,
  IndexSpec,
  ReadDocument,
  ReadStore,
} from '../read-store.port';
import { filterSql } from './filter-sql';
import { checkedSchema, collectionTable, readStoreSchema, tableOf, uniqueIndex } from './schema';
import { orderBySql } from './sort-sql';

export interface PostgresReadStoreOptions {
  /** Schema of the read models (default 'ledger_read'); created when missing. */
  schema?: string;
  poolSize?: number;
  /** How long a process trusts its copy of the aliases (default 1,000 ms), as with MongoDB. */
  aliasCacheMs?: number;
}

const UNDEFINED_TABLE = '42P01';
const UNIQUE_VIOLATION = '23505';

/**
 * The read store on PostgreSQL (ADR 0022): one table of JSONB documents per collection, a batch and
 * its checkpoint in one transaction. Filters run as SQL where they translate exactly (filter-sql.ts)
 * and are finished by mingo where they do not, so answers match the embedded store's.
 */
export class PostgresReadStore implements ReadStore {
  private readonly aliasCache: AliasCache;
  /** Collections whose table this process has created or seen: writes skip the DDL for them. */
  private readonly known = new Set<string>();

  private constructor(
    private readonly pool: Pool,
    private readonly s: string,
    aliasCacheMs: number,
  ) {
    this.aliasCache = new AliasCache(
      {
        all: async () => {
          const { rows } = await pool.query<{ alias: string; collection: string }>(
            `SELECT alias, collection FROM ${s}._ledger_aliases`,
          );
          return rows.map((row) => [row.alias, row.collection]);
        },
        put: async (alias, collection) => {
          await pool.query(
            `INSERT INTO ${s}._ledger_aliases (alias, collection) VALUES ($1, $2)
             ON CONFLICT (alias) DO UPDATE SET collection = excluded.collection`,
            [alias, collection],
          );
        },
        delete: async (alias) => {
          await pool.query(`DELETE FROM ${s}._ledger_aliases WHERE alias = $1`, [alias]);
        },
      },
      aliasCacheMs,
    );
  }

  static async open(
    connectionString: string,
    options: PostgresReadStoreOptions = {},
  ): Promise<PostgresReadStore> {
    const schema = checkedSchema(options.schema ?? 'ledger_read');
    const pool = new Pool({ connectionString, max: options.poolSize ?? 10 });
    pool.on('error', () => undefined);
    try {
      await locked(pool, `ledger-read-schema:${schema}`, (client) => client.query(readStoreSchema(schema)));
      return new PostgresReadStore(pool, schema, options.aliasCacheMs ?? 1000);
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
  }

  async find<T extends ReadDocument>(
    collection: string,
    filter: Filter = {},
    options: FindOptions = {},
  ): Promise<T[]> {
    assertFields(options.fields);
    const documents = await this.reading(collection, (table) => this.select(table, filter, options));
    return (
      options.fields ? documents.map((document) => picked(document, options.fields ?? [])) : documents
    ) as T[];
  }

  private async select(table: string, filter: Filter, options: FindOptions): Promise<ReadDocument[]> {
    const params: unknown[] = [];
    const { where, exact } = filterSql(filter, params);
    if (!exact) {
      // The SQL narrows to a superset; mingo applies the whole filter, the sort and the page.
      const candidates = await this.rows(`SELECT doc FROM ${this.s}.${table} WHERE ${where}`, params);
      return query(candidates, filter, options);
    }
    const order = orderBySql(options.sort, params);
    let sql = `SELECT doc FROM ${this.s}.${table} WHERE ${where} ORDER BY ${order}`;
    if (options.skip) sql += ` OFFSET ${Math.max(0, Math.trunc(options.skip))}`;
    if (options.limit) sql += ` LIMIT ${Math.max(0, Math.trunc(options.limit))}`;
    return this.rows(sql, params);
  }

  async findOne<T extends ReadDocument>(collection: string, filter: Filter): Promise<T | null> {
    const [found] = await this.find<T>(collection, filter, { limit: 1 });
    return found ?? null;
  }

  async count(collection: string, filter: Filter = {}): Promise<number> {
    return this.reading(
      collection,
      async (table) => {
        const params: unknown[] = [];
        const { where, exact } = filterSql(filter, params);
        if (!exact) return (await this.select(table, filter, {})).length;
        const { rows } = await this.pool.query<{ count: string }>(
          `SELECT count(*)::text AS count FROM ${this.s}.${table} WHERE ${where}`,
          params,
        );
        return Number(rows[0]?.count ?? 0);
      },
      0,
    );
  }

  async commit(writes: readonly DocumentWrite[], checkpoint?: Checkpoint): Promise<void> {
    assertWrites(writes, await this.aliasCache.current());
    if (writes.length === 0 && !checkpoint) return;
    const byCollection = lastWrites(writes);
    try {
      await this.transaction(async (client) => {
        for (const [collection, documents] of byCollection) {
          const table = await this.ensureTable(client, collection);
          const removed = [...documents].filter(([, document]) => document === null).map(([id]) => id);
          const kept = [...documents].filter((entry): entry is [string, ReadDocument] => entry[1] !== null);
          // Removals first: a batch may free a unique key and give it to another document.
          if (removed.length > 0)
            await client.query(`DELETE FROM ${this.s}.${table} WHERE id = ANY($1::text[])`, [removed]);
          if (kept.length > 0) {
            await client
              .query(
                `INSERT INTO ${this.s}.${table} (id, doc) SELECT * FROM unnest($1::text[], $2::jsonb[])
               ON CONFLICT (id) DO UPDATE SET doc = excluded.doc`,
                [kept.map(([id]) => id), kept.map(([, document]) => JSON.stringify(document))],
              )
              .catch((error: unknown) => {
                throw asDuplicateKey(error, collection);
              });
          }
        }
        if (checkpoint) {
          await client.query(
            `INSERT INTO ${this.s}._ledger_checkpoints (projection, position) VALUES ($1, $2)
             ON CONFLICT (projection) DO UPDATE SET position = excluded.position`,
            [checkpoint.projection, checkpoint.position],
          );
        }
      });
    } catch (error) {
      // Another process dropped a table this one still thought it had: forget, and let the caller retry.
      if (codeOf(error) === UNDEFINED_TABLE) this.known.clear();
      throw error;
    }
  }

  async checkpoint(projection: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ position: string }>(
      `SELECT position FROM ${this.s}._ledger_checkpoints WHERE projection = $1`,
      [projection],
    );
    return rows[0]?.position ?? null;
  }

  async ensureIndexes(collection: string, indexes: readonly IndexSpec[]): Promise<void> {
    assertCollection(collection, await this.aliasCache.current());
    await this.transaction(async (client) => {
      const table = await this.ensureTable(client, collection);
      for (const spec of indexes) {
        const name = indexName(spec.keys);
        if (spec.unique) {
          await client
            .query(uniqueIndex(this.s, table, name, Object.keys(spec.keys)))
            .catch((error: unknown) => {
              throw asDuplicateKey(error, collection, name);
            });
        }
        await client.query(
          `INSERT INTO ${this.s}._ledger_indexes (collection, name, unique_index) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING`,
          [collection, name, spec.unique === true],
        );
      }
    });
  }

  async dropCollection(collection: string): Promise<void> {
    assertCollection(collection, await this.aliasCache.current());
    await this.transaction(async (client) => {
      await client.query(`DROP TABLE IF EXISTS ${this.s}.${tableOf(collection)}`);
      await client.query(`DELETE FROM ${this.s}._ledger_collections WHERE name = $1`, [collection]);
      await client.query(`DELETE FROM ${this.s}._ledger_indexes WHERE collection = $1`, [collection]);
    });
    this.known.delete(collection);
  }

  async listCollections(): Promise<string[]> {
    const { rows } = await this.pool.query<{ name: string }>(
      `SELECT name FROM ${this.s}._ledger_collections`,
    );
    return rows.map((row) => row.name).sort();
  }

  async setAlias(alias: string, collection: string): Promise<void> {
    const { rows } = await this.pool.query(`SELECT 1 FROM ${this.s}._ledger_collections WHERE name = $1`, [
      alias,
    ]);
    assertAlias(alias, collection, await this.aliasCache.fresh(), rows.length > 0);
    await this.aliasCache.set(alias, collection);
  }

  async removeAlias(alias: string): Promise<void> {
    await this.aliasCache.remove(alias);
  }

  async aliases(): Promise<Record<string, string>> {
    return Object.fromEntries(await this.aliasCache.fresh());
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /**
   * A read of the collection an alias names, through this process's copy of the aliases. Another
   * process may have moved the alias since (apps/projector swaps a rebuilt read model in): when the
   * table read is missing, the aliases are fetched afresh and the read tried once more. A collection
   * never written reads as empty.
   */
  private async reading<R>(collection: string, read: (table: string) => Promise<R>, empty?: R): Promise<R> {
    assertName('collection', collection);
    const attempt = async (aliases: ReadonlyMap<string, string>) =>
      read(tableOf(aliases.get(collection) ?? collection));
    try {
      return await attempt(await this.aliasCache.current());
    } catch (error) {
      if (codeOf(error) !== UNDEFINED_TABLE) throw error;
    }
    try {
      return await attempt(await this.aliasCache.fresh());
    } catch (error) {
      if (codeOf(error) !== UNDEFINED_TABLE) throw error;
      return (empty ?? ([] as unknown)) as R;
    }
  }

  private async rows(sql: string, params: unknown[]): Promise<ReadDocument[]> {
    const { rows } = await this.pool.query<{ doc: ReadDocument }>(sql, params);
    return rows.map((row) => row.doc);
  }

  private async ensureTable(client: PoolClient, collection: string): Promise<string> {
    const table = tableOf(collection);
    if (this.known.has(collection)) return table;
    // Two writers creating one table at once would collide in the catalog: they take turns.
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `ledger-read-table:${this.s}.${table}`,
    ]);
    await client.query(collectionTable(this.s, table));
    await client.query(
      `INSERT INTO ${this.s}._ledger_collections (name, table_name) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [collection, table],
    );
    this.known.add(collection);
    return table;
  }

  private async transaction(work: (client: PoolClient) => Promise<void>): Promise<void> {
    const client = await this.pool.connect();
    const known = new Set(this.known);
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      // Tables created in the rolled-back transaction do not exist after all.
      this.known.clear();
      for (const collection of known) this.known.add(collection);
      throw error;
    } finally {
      client.release();
    }
  }
}

async function locked<T>(pool: Pool, key: string, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Each collection's documents after the batch: the last write of an id wins. */
function lastWrites(writes: readonly DocumentWrite[]): Map<string, Map<string, ReadDocument | null>> {
  const byCollection = new Map<string, Map<string, ReadDocument | null>>();
  for (const write of writes) {
    let documents = byCollection.get(write.collection);
    if (!documents) byCollection.set(write.collection, (documents = new Map()));
    documents.delete(write.id);
    documents.set(write.id, write.document);
  }
  return byCollection;
}

function picked(document: ReadDocument, fields: readonly string[]): ReadDocument {
  const out: ReadDocument = { _id: document._id };
  for (const field of fields) if (field in document) out[field] = document[field];
  return out;
}

function codeOf(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code;
}

function asDuplicateKey(error: unknown, collection: string, index = 'unique'): unknown {
  if (codeOf(error) !== UNIQUE_VIOLATION) return error;
  const detail = (error as { detail?: string }).detail ?? '';
  return new DuplicateKey(collection, index, detail);
}
