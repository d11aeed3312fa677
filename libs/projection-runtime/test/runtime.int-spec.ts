import { randomUUID } from 'node:crypto';
import type { Checkpoint, DocumentWrite } from '@ledger/read-store';
import { EmbeddedReadStore } from '@ledger/read-store';
import { SqliteEventStore } from '@ledger/event-store';
import {
  PositionNotReached,
  ProjectionRuntime,
  type ProjectionRuntimeOptions,
  readProjectionStatus,
  UnknownProjection,
} from '../src';
import { counterProjection } from './counter.projection';
import { GatedEventStore } from './gated-event-store';
import {
  accountStream,
  deposit,
  depositRounds,
  documents,
  eventsFile,
  readFile,
  temporaryDirectory,
} from './stores';

/** The real embedded store, remembering the checkpoints the counter's batches committed. */
class CommitLog extends EmbeddedReadStore {
  readonly committed: string[] = [];
  override async commit(writes: readonly DocumentWrite[], checkpoint?: Checkpoint): Promise<void> {
    await super.commit(writes, checkpoint);
    if (checkpoint?.projection === 'counter_v1' && checkpoint.position !== '0')
      this.committed.push(checkpoint.position);
  }
}

describe('ProjectionRuntime', () => {
  let directory: string;
  let events: GatedEventStore;
  let reads: CommitLog;
  const running: ProjectionRuntime[] = [];

  beforeEach(() => {
    directory = temporaryDirectory();
    events = new GatedEventStore(new SqliteEventStore(eventsFile(directory)));
    reads = new CommitLog({ file: readFile(directory) });
  });

  afterEach(async () => {
    for (const runtime of running.splice(0)) await runtime.stop();
    await events.close();
    await reads.close();
  });

  async function start(options: Partial<ProjectionRuntimeOptions> = {}): Promise<ProjectionRuntime> {
    const runtime = new ProjectionRuntime({
      eventStore: events,
      readStore: reads,
      projections: [counterProjection()],
      flushIntervalMs: 20,
      ...options,
    });
    running.push(runtime);
    await runtime.start();
    return runtime;
  }

  async function stop(runtime: ProjectionRuntime): Promise<void> {
    running.splice(running.indexOf(runtime), 1);
    await runtime.stop();
  }

  describe('batching', () => {
    async function catchUp(options: Partial<ProjectionRuntimeOptions>): Promise<void> {
      await depositRounds(
        events,
        [accountStream(), accountStream(), accountStream(), accountStream(), accountStream()],
        7,
      );
      const audit = await deposit(events, `audit-${randomUUID()}`, 1, 'Audited');
      const runtime = await start({ batchSize: 10, ...options });
      await runtime.waitForPosition(audit.position, { timeoutMs: 5000 });
      expect((await reads.findOne('totals', { _id: 'all' }))?.events).toBe(35);
    }

    it('folds a catch-up in memory and commits it once the log is quiet', async () => {
      await catchUp({});
      // Events the projection's filter leaves out still advance its checkpoint.
      expect(reads.committed).toEqual(['36']);
    });

    it('commits while catching up once its documents take enough memory', async () => {
      // Every batch of 10 deposits holds the 5 counters and the total: more than 6 × 30 bytes.
      await catchUp({ catchUpCommitBytes: 6 * 30 });
      expect(reads.committed).toEqual(['10', '20', '30', '36']);
    });

    it('commits while catching up once the last commit is old enough', async () => {
      await catchUp({ catchUpCommitBytes: 1e9, catchUpCommitMs: 0 });
      expect(reads.committed).toEqual(['10', '20', '30', '36']);
    });

    it('answers other work between batches while catching up', async () => {
      const streams = Array.from({ length: 10 }, accountStream);
      const head = await depositRounds(events, streams, 30);
      const runtime = await start({ batchSize: 10, catchUpCommitMs: 0 });
      // A macrotask queued as catch-up begins runs before it ends: the pump yields between batches.
      const committedWhenAnswered = await new Promise<number>((resolve) =>
        setImmediate(() => resolve(reads.committed.length)),
      );
      await runtime.waitForPosition(head.position, { timeoutMs: 5000 });
      expect(reads.committed).toHaveLength(30);
      expect(committedWhenAnswered).toBeLessThan(30);
    });

    it('shows a single new event without waiting for a full batch', async () => {
      const runtime = await start({ batchSize: 1000, flushIntervalMs: 50 });
      await runtime.waitUntilLive({ timeoutMs: 5000 });
      const stream = accountStream();
      const began = performance.now();
      const appended = await deposit(events, stream);
      await runtime.waitForPosition(appended.position, { timeoutMs: 5000 });
      const elapsed = performance.now() - began;
      expect(await reads.findOne('counters', { _id: stream })).toMatchObject({
        events: 1,
        _position: appended.position,
      });
      // Generous bound for slow CI machines; the flush interval is 50 ms.
      expect(elapsed).toBeLessThan(1000);
    });

    it('commits what it buffered when stopped', async () => {
      const runtime = await start({ flushIntervalMs: 60_000 });
      await runtime.waitUntilLive({ timeoutMs: 5000 });
      const appended = await deposit(events, accountStream(), 3);
      await events.delivered(appended.position);
      expect(await reads.checkpoint('counter_v1')).not.toBe(appended.position);
      await stop(runtime);
      expect(await reads.checkpoint('counter_v1')).toBe(appended.position);
    });
  });

  it('replays the same events into the same documents: no double count', async () => {
    const streams = [accountStream(), accountStream(), accountStream()];
    await depositRounds(events, streams, 20);
    const first = await start({ batchSize: 7 });
    await first.waitUntilLive({ timeoutMs: 5000 });
    const counters = await documents(reads, 'counters');
    const totals = await documents(reads, 'totals');
    await stop(first);
    // Lose the checkpoint: every event is delivered again, and the documents' positions must skip them.
    await reads.commit([], { projection: 'counter_v1', position: '0' });
    const second = await start({ batchSize: 7 });
    await second.waitUntilLive({ timeoutMs: 5000 });
    expect(await documents(reads, 'counters')).toEqual(counters);
    expect(await documents(reads, 'totals')).toEqual(totals);
    expect(totals.all?.events).toBe(60);
  });

  it('keeps stored documents when loading them fails once, and resumes after the retry', async () => {
    const streams = [accountStream(), accountStream()];
    await depositRounds(events, streams, 5);
    const first = await start();
    await first.waitUntilLive({ timeoutMs: 5000 });
    await stop(first);
    const head = await depositRounds(events, streams, 5);
    const original = reads.find.bind(reads);
    let failures = 0;
    // The next load of existing documents fails once, as a read store that is briefly unreachable would.
    reads.find = (async (...args: Parameters<typeof original>) => {
      const [collection, filter] = args;
      if (collection.startsWith('counters') && filter?._id !== undefined && failures++ === 0)
        throw new Error('read store unavailable');
      return original(...args);
    }) as typeof reads.find;
    const errors: unknown[] = [];
    const second = await start({ retryDelayMs: 10, onError: (error) => errors.push(error) });
    await second.waitForPosition(head.position, { timeoutMs: 5000 });
    expect(errors).toHaveLength(1);
    for (const stream of streams) expect((await reads.findOne('counters', { _id: stream }))?.events).toBe(10);
    expect((await reads.findOne('totals', { _id: 'all' }))?.events).toBe(20);
  });

  describe('waitForPosition', () => {
    it('resolves once every projection, or the named one, has applied the position', async () => {
      const runtime = await start();
      const appended = await deposit(events, accountStream(), 2);
      await runtime.waitForPosition(appended.position, { timeoutMs: 5000, projection: 'counter' });
      await runtime.waitForPosition(appended.position, { timeoutMs: 5000 });
      expect((await reads.findOne('totals', { _id: 'all' }))?.events).toBe(2);
    });

    it('rejects with PositionNotReached after the timeout, and UnknownProjection for a stranger', async () => {
      const runtime = await start();
      await expect(runtime.waitForPosition('999999', { timeoutMs: 30 })).rejects.toBeInstanceOf(
        PositionNotReached,
      );
      await expect(
        runtime.waitForPosition('1', { timeoutMs: 30, projection: 'nobody' }),
      ).rejects.toBeInstanceOf(UnknownProjection);
    });
  });

  it('reports position, lag in events and seconds, and the state', async () => {
    await depositRounds(events, [accountStream(), accountStream()], 5);
    const [seventh] = await collect(events.readAll({ from: '6', maxCount: 1 }));
    const now = new Date(Date.parse(seventh!.metadata.recordedAt) + 30_000);
    const gate = events.holdAfter('6');
    const runtime = await start({ clock: () => now });
    await gate.reached;
    await runtime.waitForPosition('6', { timeoutMs: 5000 });
    expect(await runtime.status()).toEqual([
      expect.objectContaining({
        name: 'counter',
        state: 'catching-up',
        build: 'counter_v1',
        servingBuild: 'counter_v1',
        position: '6',
        head: '10',
        lagEvents: 4,
        lagEventsExact: true,
        lagSeconds: 30,
        parked: [],
        streamPass: null,
        error: null,
      }),
    ]);
    // Another process (the api while apps/projector runs the projections) reads the same from the stores.
    const projections = [counterProjection()];
    expect(await readProjectionStatus(events, reads, projections, now)).toEqual(await runtime.status());
    gate.open();
    await runtime.waitUntilLive({ timeoutMs: 5000 });
    expect(await runtime.status()).toEqual([
      expect.objectContaining({ state: 'live', position: '10', lagEvents: 0, lagSeconds: 0 }),
    ]);
    expect(await readProjectionStatus(events, reads, projections, now)).toEqual(await runtime.status());
  });
});

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}
