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
  private readonly sql: ReturnType<typeof statements>;
  private readonly lockKey: string;
  private readonly channel: string;

  constructor(
    private readonly pool: Pool,
    schema: string,
  ) {
    this.sql = statements(checkedSchema(schema));
    this.lockKey = `ledger-log:${schema}`;
    this.channel = commitChannel(schema);
  }

  async commit(jobs: readonly AppendJob[]): Promise<Outcome<AppendResult>[]> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const outcomes = await this.write(client, jobs);
      await client.query('COMMIT');
      return outcomes;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async write(client: PoolClient, jobs: readonly AppendJob[]): Promise<Outcome<AppendResult>[]> {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [this.lockKey]);
    // One clock read per batch, under the lock: recorded times rise with positions across processes.
    const recordedAt = new Date().toISOString();
    const streams = [...new Set(jobs.map((job) => job.stream))];
    const eventIds = jobs.flatMap((job) => job.events.map((event) => event.eventId));
    // One connection answers one query at a time: three round trips, in order.
    const head = await client.query<{ head: string }>(this.sql.head);
    const heads = await client.query<{ stream: string; revision: string; hash: string }>(this.sql.heads, [
      streams,
    ]);
    const taken = await client.query<{
      event_id: string;
      stream: string;
      revision: string;
      position: string;
    }>(this.sql.taken, [eventIds]);
    const batch = new Batch(
      Number(head.rows[0]?.head ?? 0),
      new Map(heads.rows.map((row) => [row.stream, { revision: Number(row.revision), hash: row.hash }])),
      new Map(
        taken.rows.map((row) => [
          row.event_id,
          { stream: row.stream, revision: Number(row.revision), position: Number(row.position) },
        ]),
      ),
      recordedAt,
    );
    const outcomes = jobs.map((job) => batch.attempt(job));
    if (batch.rows.positions.length === 0) return outcomes;
    const { rows } = batch;
    await client.query(this.sql.insert, [
      rows.positions,
      rows.streams,
      rows.revisions,
      rows.eventIds,
      rows.types,
      rows.data,
      rows.metadata,
    ]);
    const changed = [...batch.changedHeads()];
    await client.query(this.sql.upsertHeads, [
      changed.map(([stream]) => stream),
      changed.map(([, head]) => head.revision),
      changed.map(([, head]) => head.hash),
    ]);
    // Delivered to listeners when (and only if) the transaction commits.
    await client.query('SELECT pg_notify($1, $2)', [this.channel, String(batch.position)]);
    return outcomes;
  }
}

/** One batch's decisions, made in memory against the heads read under the lock. */
class Batch {
  readonly rows = new Rows();
  private readonly changed = new Set<string>();

  constructor(
    public position: number,
    private readonly heads: Map<string, Head>,
    private readonly ids: Map<string, PlacedEvent>,
    private readonly recordedAt: string,
  ) {}

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

function statements(s: string) {
  return {
    head: `SELECT coalesce(max(position), 0)::text AS head FROM ${s}.events`,
    heads: `SELECT stream, revision::text, hash FROM ${s}.streams WHERE stream = ANY($1::text[])`,
    taken: `SELECT event_id::text, stream, revision::text, position::text FROM ${s}.events
            WHERE event_id = ANY($1::uuid[])`,
    insert: `INSERT INTO ${s}.events (position, stream, revision, event_id, type, data, metadata)
             SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::uuid[], $5::text[], $6::text[], $7::text[])`,
    upsertHeads: `INSERT INTO ${s}.streams (stream, revision, hash)
                  SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[])
                  ON CONFLICT (stream) DO UPDATE SET revision = excluded.revision, hash = excluded.hash`,
  };
}
