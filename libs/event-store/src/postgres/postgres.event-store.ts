import { Pool, type PoolConfig } from 'pg';
import { checkAppend } from '../append-validation';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  ReadAllOptions,
  ReadByStreamOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamChunk,
  StreamVerification,
  SubscribeOptions,
} from '../event-store.port';
import type { Position } from '../position';
import { CommitSignal } from '../sqlite/commit-signal';
import { verifyAgainstRecordedHead } from '../stream-head-check';
import { AsyncGroupCommit } from './async-group-commit';
import { type AppendJob, PostgresAppender } from './appender';
import { CommitListener } from './commit-listener';
import { PostgresEventReader } from './event-reader';
import { PostgresLiveSubscription } from './live-subscription';
import { checkedSchema, commitChannel, createEventSchema } from './schema';
import { PostgresStreamOrderReader } from './stream-order-reader';

const READ_PAGE_SIZE = 1000;

export interface PostgresEventStoreOptions {
  /** The schema the log's tables live in (default 'ledger'); created when missing. */
  schema?: string;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /** How often live subscriptions look for commits when no notification came (default 1,000 ms). */
  pollMs?: number;
}

/**
 * The event store on PostgreSQL (ADR 0021). Appends are group-committed per process and serialised
 * across processes by a transaction-scoped advisory lock, so positions are gap-free and in commit
 * order; subscriptions of every process hear commits through LISTEN/NOTIFY, with polling behind it.
 */
export class PostgresEventStore implements EventStore {
  private readonly reader: PostgresEventReader;
  private readonly streamOrder: PostgresStreamOrderReader;
  private readonly appends: AsyncGroupCommit<AppendJob, AppendResult>;
  private readonly subscriptions = new Set<PostgresLiveSubscription>();
  private closed = false;
  private commitCount = 0;

  private constructor(
    private readonly pool: Pool,
    readonly schema: string,
    private readonly listener: CommitListener,
    private readonly signal: CommitSignal,
  ) {
    this.reader = new PostgresEventReader(pool, schema);
    this.streamOrder = new PostgresStreamOrderReader(pool, schema);
    const appender = new PostgresAppender(pool, schema);
    this.appends = new AsyncGroupCommit(async (jobs) => {
      const outcomes = await appender.commit(jobs);
      this.commitCount += 1;
      // This process's own subscribers need not wait for the notification's round trip.
      this.signal.notify();
      return outcomes;
    });
  }

  /** How many transactions appends have committed so far: fewer than appends when batching works. */
  get commits(): number {
    return this.commitCount;
  }

  /** Connects, creates the schema when missing and starts listening for commits. */
  static async open(
    connectionString: string,
    options: PostgresEventStoreOptions = {},
  ): Promise<PostgresEventStore> {
    const schema = checkedSchema(options.schema ?? 'ledger');
    const config: PoolConfig = { connectionString, max: options.poolSize ?? 10 };
    const pool = new Pool(config);
    // An idle connection the server dropped must not take the process down.
    pool.on('error', () => undefined);
    const signal = new CommitSignal();
    const listener = new CommitListener(
      { connectionString },
      commitChannel(schema),
      signal,
      options.pollMs ?? 1000,
    );
    try {
      await createEventSchema(pool, schema);
      await listener.start();
      return new PostgresEventStore(pool, schema, listener, signal);
    } catch (error) {
      await listener.stop();
      await pool.end().catch(() => undefined);
      throw error;
    }
  }

  append(stream: string, events: readonly EventToAppend[], options: AppendOptions): Promise<AppendResult> {
    let job: AppendJob;
    try {
      this.assertOpen();
      job = { stream, events: checkAppend(stream, events, options), streamState: options.streamState };
    } catch (error) {
      return Promise.reject(error as Error);
    }
    return this.appends.submit(job);
  }

  async readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    return this.reader.readStream(stream, options);
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    let after = await this.reader.after(options.from);
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    const head = await this.reader.headPosition();
    while (remaining > 0 && after < head) {
      const events = await this.reader.page(after, head, Math.min(READ_PAGE_SIZE, remaining), options.filter);
      const last = events[events.length - 1];
      if (last === undefined) return;
      for (const event of events) yield event;
      remaining -= events.length;
      after = Number(last.position);
    }
  }

  readByStream(options: ReadByStreamOptions): AsyncIterable<StreamChunk> {
    this.assertOpen();
    return this.streamOrder.read(options);
  }

  subscribe(options: SubscribeOptions): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    const subscription = new PostgresLiveSubscription(
      this.reader,
      this.signal,
      this.reader.after(options.from),
      options.filter,
      (ended) => this.subscriptions.delete(ended),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<Position | null> {
    this.assertOpen();
    const head = await this.reader.headPosition();
    return head === 0 ? null : String(head);
  }

  /** The chain over the stream's rows, and the streams table's head must be its last link. */
  async verifyStream(stream: string): Promise<StreamVerification> {
    this.assertOpen();
    const [events, head] = await Promise.all([
      this.reader.readStream(stream),
      this.pool.query<{ revision: string; hash: string }>(
        `SELECT revision::text, hash FROM ${this.schema}.streams WHERE stream = $1`,
        [stream],
      ),
    ]);
    const row = head.rows[0];
    return verifyAgainstRecordedHead(events, row && { revision: Number(row.revision), hash: row.hash });
  }

  /** Commits what is queued, ends every subscription, stops listening, then closes the pool. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.appends.drained();
    for (const subscription of [...this.subscriptions]) await subscription.return();
    await this.listener.stop();
    await this.pool.end();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`event store ${this.schema} is closed`);
  }
}
