import type { Pool, PoolClient } from 'pg';
import type { CheckedEvent } from '../append-validation';
import { originalAppend, type PlacedEvent, satisfies, withStoreFields } from '../append-rules';
import { WrongExpectedRevision } from '../errors';
import type { AppendResult, StreamState } from '../event-store.port';
import { chainHashV2OfCanonical } from '../hash-v2';
import type { Outcome } from '../sqlite/group-commit';
import { checkedSchema, commitChannel } from './schema';

export interface AppendJob {
  stream: string;
  events: readonly CheckedEvent[];
  streamState: StreamState;
}

interface Head {
  revision: number;
  hash: string;
}

/** The rows one batch inserts, column by column, for a single `unnest` insert. */
class Rows {
  readonly positions: number[] = [];
  readonly streams: string[] = [];
  readonly revisions: number[] = [];
  readonly eventIds: string[] = [];
  readonly types: string[] = [];
  readonly data: string[] = [];
  readonly metadata: string[] = [];
}

/**
 * Writes a batch of appends in one transaction under the log lock (a transaction-scoped advisory
 * lock every appending process takes first). Holding it, the appender reads the head position, the
 * heads of the streams involved and any event id already used, decides every append in memory
 * exactly as the SQLite appender does, then inserts all rows at once. Positions are max + 1 in the
 * order of commits: no transaction can commit a lower position after a reader has seen a higher one.
 */
export class PostgresAppender {
  private readonly s: string;
  private readonly lockKey: string;
  private readonly channel: string;

  constructor(
    private readonly pool: Pool,
    schema: string,
  ) {
    this.s = checkedSchema(schema);
    this.lockKey = `ledger-log:${schema}`;
    this.channel = commitChannel(schema);
  }

  /**
   * Two round trips per batch, each one simple query of several statements: BEGIN, the lock, the
   * head position, the stream heads and the event ids already used; then the rows, the heads, the
   * notification and COMMIT. Values travel as escaped literals (pg's escapeLiteral), since the simple
   * protocol takes no parameters; what a statement of the second trip fails on skips the COMMIT after
   * it, and the batch is rolled back whole.
   */
  async commit(jobs: readonly AppendJob[]): Promise<Outcome<AppendResult>[]> {
    const client = await this.pool.connect();
    try {
      const known = await this.known(client, jobs);
      // One clock read per batch, under the lock: recorded times rise with positions across processes.
      const batch = new Batch(known.head, known, new Date().toISOString());
      const outcomes = jobs.map((job) => batch.attempt(job));
      await client.query(
        batch.rows.positions.length > 0 ? `${this.writeSql(client, batch)}; COMMIT` : 'COMMIT',
      );
      return outcomes;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Opens the transaction under the lock and reads what the batch's decisions need. */
  private async known(client: PoolClient, jobs: readonly AppendJob[]): Promise<Known> {
    const literal = (value: string) => client.escapeLiteral(value);
    const streams = [...new Set(jobs.map((job) => job.stream))].map(literal);
    const eventIds = jobs.flatMap((job) => job.events.map((event) => literal(event.eventId)));
    const results = (await client.query(
      `BEGIN; SELECT pg_advisory_xact_lock(hashtext(${literal(this.lockKey)}));
       SELECT coalesce(max(position), 0)::text AS head FROM ${this.s}.events;
       SELECT stream, revision::text, hash, NULL::text AS event_id, NULL::text AS position
         FROM ${this.s}.streams WHERE stream = ANY(ARRAY[${streams.join(',')}]::text[])
       UNION ALL
       SELECT stream, revision::text, NULL, event_id::text, position::text
         FROM ${this.s}.events WHERE event_id = ANY(ARRAY[${eventIds.join(',')}]::uuid[])`,
    )) as unknown as [unknown, unknown, { rows: { head: string }[] }, { rows: KnownRow[] }];
    const heads = new Map<string, Head>();
    const ids = new Map<string, PlacedEvent>();
    for (const row of results[3].rows) {
      if (row.event_id === null)
        heads.set(row.stream, { revision: Number(row.revision), hash: row.hash ?? '' });
      else
        ids.set(row.event_id, {
          stream: row.stream,
          revision: Number(row.revision),
          position: Number(row.position),
        });
    }
    return { head: Number(results[2].rows[0]?.head ?? 0), heads, ids };
  }

  private writeSql(client: PoolClient, batch: Batch): string {
    const literal = (value: string) => client.escapeLiteral(value);
    const { rows } = batch;
    const values = rows.positions.map(
      (position, index) =>
        `(${position},${literal(rows.streams[index] as string)},${rows.revisions[index] as number},` +
        `${literal(rows.eventIds[index] as string)},${literal(rows.types[index] as string)},` +
        `${literal(rows.data[index] as string)},${literal(rows.metadata[index] as string)})`,
    );
    const heads = [...batch.changedHeads()].map(
      ([stream, head]) => `(${literal(stream)},${head.revision},${literal(head.hash)})`,
    );
    return `INSERT INTO ${this.s}.events (position, stream, revision, event_id, type, data, metadata)
            VALUES ${values.join(',')};
            INSERT INTO ${this.s}.streams (stream, revision, hash) VALUES ${heads.join(',')}
            ON CONFLICT (stream) DO UPDATE SET revision = excluded.revision, hash = excluded.hash;
            SELECT pg_notify(${literal(this.channel)}, ${literal(String(batch.position))})`;
  }
}

interface KnownRow {
  stream: string;
  revision: string;
  hash: string | null;
  event_id: string | null;
  position: string | null;
}

interface Known {
  head: number;
  heads: Map<string, Head>;
  ids: Map<string, PlacedEvent>;
}

/** One batch's decisions, made in memory against the heads read under the lock. */
class Batch {
  readonly rows = new Rows();
  private readonly changed = new Set<string>();

  private readonly heads: Map<string, Head>;
  private readonly ids: Map<string, PlacedEvent>;

  constructor(
    public position: number,
    known: Pick<Known, 'heads' | 'ids'>,
    private readonly recordedAt: string,
  ) {
    this.heads = known.heads;
    this.ids = known.ids;
  }

  changedHeads(): Iterable<[string, Head]> {
    return [...this.changed].map((stream) => [stream, this.heads.get(stream) as Head]);
  }

  attempt(job: AppendJob): Outcome<AppendResult> {
    try {
      return { ok: true, value: this.append(job) };
    } catch (error) {
      return { ok: false, error };
    }
  }

  private append(job: AppendJob): AppendResult {
    // An id already recorded: a retry of an earlier append (answered with its result) or a duplicate.
    const original = this.originalAppend(job);
    if (original) return original;
    const head = this.heads.get(job.stream);
    const current = head ? head.revision : -1;
    if (!satisfies(job.streamState, current)) {
      throw new WrongExpectedRevision(job.stream, job.streamState, head ? BigInt(current) : 'no_stream');
    }
    let revision = current;
    let prevHash = head ? head.hash : '';
    for (const event of job.events) {
      revision += 1;
      this.position += 1;
      const hash = chainHashV2OfCanonical(prevHash, job.stream, revision, this.recordedAt, event);
      this.rows.positions.push(this.position);
      this.rows.streams.push(job.stream);
      this.rows.revisions.push(revision);
      this.rows.eventIds.push(event.eventId);
      this.rows.types.push(event.type);
      this.rows.data.push(event.dataJson);
      this.rows.metadata.push(withStoreFields(event.metadataJson, this.recordedAt, prevHash, hash));
      this.ids.set(event.eventId, { stream: job.stream, revision, position: this.position });
      prevHash = hash;
    }
    this.heads.set(job.stream, { revision, hash: prevHash });
    this.changed.add(job.stream);
    return { nextRevision: BigInt(revision), position: String(this.position) };
  }

  private originalAppend(job: AppendJob): AppendResult | undefined {
    const ids = job.events.map((event) => event.eventId);
    return originalAppend(
      job.stream,
      ids,
      ids.map((id) => this.ids.get(id)),
    );
  }
}
