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
  private readonly upsert: Database.Statement<[string, number, string]>;
  private readonly dataVersion: Database.Statement<[], number>;
  private version: number | undefined;

  constructor(db: Database.Database) {
    this.select = db.prepare<[string], HeadRow>('SELECT revision, hash FROM streams WHERE stream = ?').raw();
    this.upsert = db.prepare(
      'INSERT INTO streams (stream, revision, hash) VALUES (?, ?, ?) ' +
        'ON CONFLICT (stream) DO UPDATE SET revision = excluded.revision, hash = excluded.hash',
    );
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

  /** Writes the new head; it is the append's last write, so only a failed batch can undo it. */
  set(stream: string, revision: number, hash: string): void {
    this.upsert.run(stream, revision, hash);
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
