import type Database from 'better-sqlite3';
import type { CheckedEvent } from '../append-validation';
import { originalAppend, satisfies, withStoreFields } from '../append-rules';
import { DuplicateEventId, WrongExpectedRevision } from '../errors';
import type { AppendResult, StreamState } from '../event-store.port';
import { chainHashV2OfCanonical } from '../hash-v2';
import type { Outcome } from './group-commit';
import { StreamHeads } from './stream-heads';

export interface AppendJob {
  stream: string;
  events: readonly CheckedEvent[];
  streamState: StreamState;
}

type IdRow = [stream: string, revision: number, position: number];

/**
 * Writes a batch of appends in one transaction. An append of several events runs in its own savepoint
 * (better-sqlite3 nests transactions that way), so a conflicting append rolls back alone; one event
 * needs none, as its single insert happens whole or not at all. Later appends in the batch read the
 * heads earlier ones wrote, exactly as if they had run one after another.
 */
export class Appender {
  private readonly heads: StreamHeads;
  private readonly insert: Database.Statement<[string, number, string, string, string, string]>;
  private readonly byEventId: Database.Statement<[string], IdRow>;
  private readonly appendOne: (job: AppendJob, recordedAt: string) => AppendResult;
  private readonly appendAll: Database.Transaction<(jobs: readonly AppendJob[]) => Outcome<AppendResult>[]>;

  constructor(private readonly db: Database.Database) {
    this.heads = new StreamHeads(db);
    this.insert = db.prepare(
      'INSERT INTO events (stream, revision, event_id, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.byEventId = db
      .prepare<[string], IdRow>('SELECT stream, revision, position FROM events WHERE event_id = ?')
      .raw();
    this.appendOne = db.transaction((job: AppendJob, recordedAt: string) => this.write(job, recordedAt));
    this.appendAll = db.transaction((jobs: readonly AppendJob[]) => {
      // One clock read per batch: every event in a commit is recorded at the same instant.
      const recordedAt = new Date().toISOString();
      this.heads.startBatch();
      return jobs.map((job) => this.attempt(job, recordedAt));
    });
  }

  /** Commits the batch (BEGIN IMMEDIATE … COMMIT, one fsync) and says how each append fared. */
  commit(jobs: readonly AppendJob[]): Outcome<AppendResult>[] {
    try {
      return this.appendAll.immediate(jobs);
    } catch (error) {
      this.heads.forget();
      throw error;
    }
  }

  private attempt(job: AppendJob, recordedAt: string): Outcome<AppendResult> {
    const single = job.events.length === 1;
    try {
      // One event needs no savepoint: its insert is the append's first write and is atomic on its own.
      return { ok: true, value: single ? this.write(job, recordedAt) : this.appendOne(job, recordedAt) };
    } catch (error) {
      // SQLite rolled the whole transaction back (I/O error, disk full): the batch fails as one.
      if (!this.db.inTransaction) throw error;
      if (isEventIdTaken(error)) return this.retried(job, error);
      // Anything but a conflict, after a write without a savepoint, could leave half an append behind.
      const conflict = error instanceof WrongExpectedRevision || error instanceof DuplicateEventId;
      if (single && !conflict) throw error;
      return { ok: false, error };
    }
  }

  /** An event id is taken: this is either a retry of an earlier append or a duplicate. */
  private retried(job: AppendJob, error: unknown): Outcome<AppendResult> {
    try {
      const original = this.originalAppend(job);
      return original ? { ok: true, value: original } : { ok: false, error };
    } catch (duplicate) {
      return { ok: false, error: duplicate };
    }
  }

  private write(job: AppendJob, recordedAt: string): AppendResult {
    const head = this.heads.get(job.stream);
    const current = head ? head[0] : -1;
    if (!satisfies(job.streamState, current)) {
      // A retry of an append that already succeeded is answered with its result, whatever the state.
      const original = this.originalAppend(job);
      if (original) return original;
      throw new WrongExpectedRevision(job.stream, job.streamState, head ? BigInt(current) : 'no_stream');
    }
    let revision = current;
    let prevHash = head ? head[1] : '';
    let position = 0;
    for (const event of job.events) {
      revision += 1;
      const hash = chainHashV2OfCanonical(prevHash, job.stream, revision, recordedAt, event);
      const metadata = withStoreFields(event.metadataJson, recordedAt, prevHash, hash);
      const row = this.insert.run(job.stream, revision, event.eventId, event.type, event.dataJson, metadata);
      position = Number(row.lastInsertRowid);
      prevHash = hash;
    }
    this.heads.set(job.stream, revision, prevHash, head === undefined);
    return { nextRevision: BigInt(revision), position: String(position) };
  }

  private originalAppend(job: AppendJob): AppendResult | undefined {
    const ids = job.events.map((event) => event.eventId);
    const found = ids.map((id) => {
      const row = this.byEventId.get(id);
      return row && { stream: row[0], revision: row[1], position: row[2] };
    });
    return originalAppend(job.stream, ids, found);
  }
}

/**
 * Checked by shape, not `instanceof`: the native addon keeps the SqliteError class (and realm) it was
 * first loaded with, which differs from this module's when jest gives each test file its own registry.
 */
function isEventIdTaken(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof message === 'string' && message.includes('events.event_id')
  );
}
