import type Database from 'better-sqlite3';

export type HeadRow = [revision: number, hash: string];

/** Enough for the streams a busy api touches between two restarts of its hot set; then start over. */
const MAX_CACHED = 10_000;

/**
 * Each stream's last revision and hash, read from the streams table once and then kept in memory,
 * since this connection is normally the only writer. A commit by any other connection (an admin tool,
 * a second process) changes PRAGMA data_version, and the next batch starts from the table again.
 */
export class StreamHeads {
  private readonly cache = new Map<string, HeadRow>();
  private readonly select: Database.Statement<[string], HeadRow>;
  private readonly insert: Database.Statement<[string, number, string]>;
  private readonly update: Database.Statement<[number, string, string]>;
  private readonly dataVersion: Database.Statement<[], number>;
  private version: number | undefined;

  constructor(db: Database.Database) {
    this.select = db.prepare<[string], HeadRow>('SELECT revision, hash FROM streams WHERE stream = ?').raw();
    this.insert = db.prepare('INSERT INTO streams (stream, revision, hash) VALUES (?, ?, ?)');
    this.update = db.prepare('UPDATE streams SET revision = ?, hash = ? WHERE stream = ?');
    this.dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  }

  /** Called inside each batch's transaction, before any head is read. */
  startBatch(): void {
    const version = this.dataVersion.get();
    if (version !== this.version) this.cache.clear();
    this.version = version;
  }

  get(stream: string): HeadRow | undefined {
    const cached = this.cache.get(stream);
    if (cached) return cached;
    const stored = this.select.get(stream);
    if (stored) this.remember(stream, stored);
    return stored;
  }

  /**
   * Writes the new head; it is the append's last write, so only a failed batch can undo it. A stream's
   * first append inserts its row , every later one updates it.
   */
  set(stream: string, revision: number, hash: string, isNew: boolean): void {
    if (isNew) this.insert.run(stream, revision, hash);
    else if (this.update.run(revision, hash, stream).changes !== 1) {
      throw new Error(`stream ${stream}: its head row is missing from the streams table`);
    }
    this.remember(stream, [revision, hash]);
  }

  /** The batch was rolled back: what was cached may include heads that were never committed. */
  forget(): void {
    this.cache.clear();
  }

  private remember(stream: string, head: HeadRow): void {
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    this.cache.set(stream, head);
  }
}
