import Database from 'better-sqlite3';
import { InvalidReadStoreRequest } from '../errors';
import type { IndexSpec } from '../read-store.port';

/** The file's layout: 2 stores each document's keys beside its body (older files are upgraded at open). */
export const EMBEDDED_FILE_FORMAT = 2;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS read_collection (name TEXT PRIMARY KEY) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS read_document (
    collection TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, keys TEXT,
    PRIMARY KEY (collection, id));
  CREATE TABLE IF NOT EXISTS read_index (
    collection TEXT NOT NULL, name TEXT NOT NULL, spec TEXT NOT NULL, PRIMARY KEY (collection, name));
  CREATE TABLE IF NOT EXISTS read_alias (alias TEXT PRIMARY KEY, collection TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS read_checkpoint (projection TEXT PRIMARY KEY, position TEXT NOT NULL) WITHOUT ROWID;
`;

/** A document's keys as stored; `body` only where a file written before keys existed lacks them. */
export interface StoredKeys {
  collection: string;
  id: string;
  keys: string | null;
  body: string | null;
}

/**
 * The SQLite file behind the embedded read store. It holds the documents; memory holds their keys
 * (the fields the indexes name), loaded at open. Callers group writes with transaction(); every
 * statement is prepared once.
 */
export class ReadStoreFile {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(file: string) {
    // Fail at once rather than wait when another connection holds the file.
    this.db = new Database(file, { timeout: 0 });
    try {
      // One process owns the file: a second one would hold a stale copy in memory and diverge.
      this.db.pragma('locking_mode = EXCLUSIVE');
      // Read-model rows are 1–4 KB: 16 KiB pages hold several, halving the cost of inserting one (measured).
      this.db.pragma('page_size = 16384');
      this.db.pragma('journal_mode = WAL');
      // NORMAL: a power cut may drop the last commits, but documents and checkpoint drop together,
      // so the projection resumes from the older checkpoint; a process crash loses nothing.
      this.db.pragma('synchronous = NORMAL');
      this.db.exec(SCHEMA);
      // Files from before keys were stored: the column is added, its values computed at load.
      const columns = this.db.prepare<[], { name: string }>('PRAGMA table_info(read_document)').all();
      if (!columns.some((column) => column.name === 'keys'))
        this.db.exec('ALTER TABLE read_document ADD COLUMN keys TEXT');
    } catch (error) {
      this.db.close();
      if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
      throw new InvalidReadStoreRequest(`read store ${file}`, 'is open in another connection');
    }
    this.statements = this.prepare();
  }

  private prepare() {
    const db = this.db;
    return {
      keys: db.prepare<[], StoredKeys>(
        `SELECT collection, id, keys, CASE WHEN keys IS NULL THEN body END AS body
         FROM read_document ORDER BY rowid`,
      ),
      body: db
        .prepare<[string, string], string>('SELECT body FROM read_document WHERE collection = ? AND id = ?')
        .pluck(),
      bodiesOf: db.prepare<[string, string], { id: string; body: string }>(
        `SELECT id, body FROM read_document
         WHERE collection = ? AND id IN (SELECT value FROM json_each(?))`,
      ),
      bodies: db.prepare<[string], { id: string; body: string }>(
        'SELECT id, body FROM read_document WHERE collection = ? ORDER BY rowid',
      ),
      putDocument: db.prepare<[string, string, string, string]>(
        `INSERT INTO read_document (collection, id, body, keys) VALUES (?, ?, ?, ?)
         ON CONFLICT (collection, id) DO UPDATE SET body = excluded.body, keys = excluded.keys`,
      ),
      putKeys: db.prepare<[string, string, string]>(
        'UPDATE read_document SET keys = ? WHERE collection = ? AND id = ?',
      ),
      deleteDocument: db.prepare<[string, string]>(
        'DELETE FROM read_document WHERE collection = ? AND id = ?',
      ),
      collections: db.prepare<[], string>('SELECT name FROM read_collection').pluck(),
      putCollection: db.prepare<[string]>('INSERT OR IGNORE INTO read_collection (name) VALUES (?)'),
      dropCollection: db.prepare<[string]>('DELETE FROM read_collection WHERE name = ?'),
      dropDocuments: db.prepare<[string]>('DELETE FROM read_document WHERE collection = ?'),
      dropIndexes: db.prepare<[string]>('DELETE FROM read_index WHERE collection = ?'),
      indexes: db.prepare<[], { collection: string; name: string; spec: string }>(
        'SELECT collection, name, spec FROM read_index ORDER BY rowid',
      ),
      putIndex: db.prepare<[string, string, string]>(
        'INSERT OR REPLACE INTO read_index (collection, name, spec) VALUES (?, ?, ?)',
      ),
      aliases: db.prepare<[], { alias: string; collection: string }>(
        'SELECT alias, collection FROM read_alias',
      ),
      putAlias: db.prepare<[string, string]>(
        'INSERT OR REPLACE INTO read_alias (alias, collection) VALUES (?, ?)',
      ),
      deleteAlias: db.prepare<[string]>('DELETE FROM read_alias WHERE alias = ?'),
      checkpoints: db.prepare<[], { projection: string; position: string }>(
        'SELECT projection, position FROM read_checkpoint',
      ),
      putCheckpoint: db.prepare<[string, string]>(
        'INSERT OR REPLACE INTO read_checkpoint (projection, position) VALUES (?, ?)',
      ),
    };
  }

  transaction(work: () => void): void {
    this.db.transaction(work)();
  }

  /** Every document's keys, in insertion order. */
  keys(): IterableIterator<StoredKeys> {
    return this.statements.keys.iterate();
  }

  body(collection: string, id: string): string | undefined {
    return this.statements.body.get(collection, id);
  }

  /** The bodies of these documents, by id, with one statement (the ids are bound as one JSON array). */
  bodiesOf(collection: string, ids: readonly string[]): Map<string, string> {
    const rows = this.statements.bodiesOf.all(collection, JSON.stringify(ids));
    return new Map(rows.map(({ id, body }) => [id, body]));
  }

  /** Every document of a collection, in insertion order. */
  bodies(collection: string): { id: string; body: string }[] {
    return this.statements.bodies.all(collection);
  }

  collections(): string[] {
    return this.statements.collections.all();
  }

  indexes(): { collection: string; name: string; spec: IndexSpec }[] {
    return this.statements.indexes.all().map((row) => ({
      collection: row.collection,
      name: row.name,
      spec: JSON.parse(row.spec) as IndexSpec,
    }));
  }

  aliases(): { alias: string; collection: string }[] {
    return this.statements.aliases.all();
  }

  checkpoints(): { projection: string; position: string }[] {
    return this.statements.checkpoints.all();
  }

  putCollection(name: string): void {
    this.statements.putCollection.run(name);
  }

  putDocument(collection: string, id: string, body: string, keys: string): void {
    this.statements.putDocument.run(collection, id, body, keys);
  }

  putKeys(collection: string, id: string, keys: string): void {
    this.statements.putKeys.run(keys, collection, id);
  }

  deleteDocument(collection: string, id: string): void {
    this.statements.deleteDocument.run(collection, id);
  }

  dropCollection(name: string): void {
    this.statements.dropDocuments.run(name);
    this.statements.dropIndexes.run(name);
    this.statements.dropCollection.run(name);
  }

  putIndex(collection: string, name: string, spec: IndexSpec): void {
    this.statements.putIndex.run(collection, name, JSON.stringify(spec));
  }

  putAlias(alias: string, collection: string): void {
    this.statements.putAlias.run(alias, collection);
  }

  deleteAlias(alias: string): void {
    this.statements.deleteAlias.run(alias);
  }

  putCheckpoint(projection: string, position: string): void {
    this.statements.putCheckpoint.run(projection, position);
  }

  close(): void {
    this.db.close();
  }
}
