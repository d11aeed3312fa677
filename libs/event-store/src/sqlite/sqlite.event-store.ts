import type Database from 'better-sqlite3';
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
import { Appender, type AppendJob } from './appender';
import { BackgroundCheckpoints } from './background-checkpoints';
import { CommitSignal } from './commit-signal';
import { EventReader } from './event-reader';
import { GroupCommit } from './group-commit';
import { LiveSubscription } from './live-subscription';
import { nextTurn } from './next-turn';
import { openEventDatabase } from './schema';
import { StreamOrderReader } from './stream-order-reader';
import { verifyAgainstHead } from './stream-verification';

const READ_PAGE_SIZE = 1000;
/** Positions one filtered read examines per statement: about 15 ms of the event loop. */
const SCAN_WINDOW = 20_000;
/** How often the background thread copies committed WAL pages into the file. */
const CHECKPOINT_INTERVAL_MS = 100;

export interface SqliteEventStoreOptions {
  /** Positions a filtered read or subscription examines per statement (default 20,000). */
  scanWindow?: number;
  /**
   * 'background' (the default for a file): a worker thread checkpoints the WAL, so commits never do;
   * 'inline': SQLite's default, the committing connection checkpoints every 1,000 pages.
   */
  checkpoints?: 'background' | 'inline';
}

/**
 * The embedded event store: one SQLite file (WAL, synchronous=FULL) behind one connection. Appends
 * are group-committed; reads run synchronously on the same connection, so they only ever see whole
 * commits. Positions are the gap-free global sequence as a decimal string.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly reader: EventReader;
  private readonly streamOrder: StreamOrderReader;
  private readonly appends: GroupCommit<AppendJob, AppendResult>;
  private readonly signal = new CommitSignal();
  private readonly subscriptions = new Set<LiveSubscription>();
  private readonly checkpoints: BackgroundCheckpoints | undefined;
  private closed = false;
  private commitCount = 0;

  private readonly scanWindow: number;

  /** `file` is a path, or ':memory:' for a private store that lives as long as this object. */
  constructor(
    readonly file: string,
    options: SqliteEventStoreOptions = {},
  ) {
    this.scanWindow = options.scanWindow ?? SCAN_WINDOW;
    this.db = openEventDatabase(file);
    const inMemory = file === ':memory:' || file === '';
    if (!inMemory && (options.checkpoints ?? 'background') === 'background')
      this.checkpoints = new BackgroundCheckpoints(this.db, file, CHECKPOINT_INTERVAL_MS);
    this.reader = new EventReader(this.db);
    this.streamOrder = new StreamOrderReader(this.db);
    const appender = new Appender(this.db);
    this.appends = new GroupCommit((jobs) => {
      const outcomes = appender.commit(jobs);
      this.commitCount += 1;
      this.signal.notify();
      return outcomes;
    });
  }

  /** How many transactions appends have committed so far: fewer than appends when batching works. */
  get commits(): number {
    return this.commitCount;
  }

  /** Not async: the group commit's own promise goes back as is, without one more wrapping each append. */
  append(stream: string, events: readonly EventToAppend[], options: AppendOptions): Promise<AppendResult> {
    let job: AppendJob;
    try {
      this.assertOpen();
      job = { stream, events: checkAppend(stream, events, options), streamState: options.streamState };
    } catch (error) {
      // Bad input still rejects, as from an async function, and never throws at the caller.
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
    let after = this.reader.after(options.from);
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    while (remaining > 0) {
      const head = this.reader.headPosition();
      if (after >= head) return;
      const limit = Math.min(READ_PAGE_SIZE, remaining);
      const { events, scannedTo } = this.reader.scan(after, head, limit, options.filter, this.scanWindow);
      for (const event of events) yield event;
      remaining -= events.length;
      after = scannedTo;
      // Between two windows of a filtered scan, requests waiting on the event loop get their turn.
      if (options.filter !== undefined) await nextTurn();
    }
  }

  readByStream(options: ReadByStreamOptions): AsyncIterable<StreamChunk> {
    this.assertOpen();
    return this.streamOrder.read(options);
  }

  subscribe(options: SubscribeOptions): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    const subscription = new LiveSubscription(
      this.reader,
      this.signal,
      { after: this.reader.after(options.from), filter: options.filter, scanWindow: this.scanWindow },
      (ended) => this.subscriptions.delete(ended),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<Position | null> {
    this.assertOpen();
    const head = this.reader.headPosition();
    return head === 0 ? null : String(head);
  }

  async verifyStream(stream: string): Promise<StreamVerification> {
    this.assertOpen();
    return verifyAgainstHead(this.db, stream, this.reader.readStream(stream));
  }

  /** Commits what is queued, ends every subscription, then closes the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.appends.drained();
    for (const subscription of [...this.subscriptions]) await subscription.return();
    await this.checkpoints?.stop();
    this.db.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`event store ${this.file} is closed`);
  }
}
