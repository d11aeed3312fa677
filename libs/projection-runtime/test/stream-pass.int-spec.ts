import type { RecordedEvent } from '@ledger/event-store';
import { counterProjection } from './counter.projection';
import { appendOne, RuntimeHarness } from './runtime-harness';
import { accountStream, depositRounds, documents } from './stores';

describe('a first build stream by stream', () => {
  let harness: RuntimeHarness;
  beforeEach(() => (harness = new RuntimeHarness()));
  afterEach(() => harness.close());

  it('folds each stream whole, up to the head it began at, to the documents log order gives', async () => {
    const streams = [accountStream(), accountStream(), accountStream()];
    const head = await depositRounds(harness.events, streams, 5);
    const folded: string[] = [];
    const onEvolve = (event: RecordedEvent) => folded.push(event.stream);
    const byStream = await harness.start({ projections: [counterProjection({ byStream: true, onEvolve })] });
    await byStream.waitUntilLive({ timeoutMs: 5000 });
    await harness.stop(byStream);

    // Two evolve calls per event (its counter and the total): each stream comes as one run of 10.
    const runs = folded.filter((stream, index) => stream !== folded[index - 1]);
    expect(runs).toEqual(streams);
    expect(await harness.reads.checkpoint('counter_v1')).toBe(head.position);
    expect(await harness.reads.findOne('projection_stream_pass', { _id: 'counter_v1' })).toBeNull();
    const built = {
      counters: await documents(harness.reads, 'counters'),
      totals: await documents(harness.reads, 'totals'),
    };

    await harness.reads.dropCollection('counters_v1');
    await harness.reads.dropCollection('totals_v1');
    await harness.reads.commit([], { projection: 'counter_v1', position: '0' });
    const logOrder = await harness.start({ projections: [counterProjection()] });
    await logOrder.waitUntilLive({ timeoutMs: 5000 });
    expect(await documents(harness.reads, 'counters')).toEqual(built.counters);
    expect(await documents(harness.reads, 'totals')).toEqual(built.totals);
    expect(built.totals.all).toMatchObject({ events: 15, _position: head.position });
  });

  it('applies what was appended during the pass afterwards, in log order, once', async () => {
    const [stream, other] = [accountStream(), accountStream()];
    await depositRounds(harness.events, [stream, other], 3);
    let during: Promise<{ position: string }> | undefined;
    const onEvolve = () => {
      // The first fold of the pass appends to a stream the pass has not reached yet.
      during ??= appendOne(harness.events, other);
    };
    const runtime = await harness.start({ projections: [counterProjection({ byStream: true, onEvolve })] });
    await runtime.waitUntilLive({ timeoutMs: 5000 });
    const appended = await (during ?? Promise.reject(new Error('the pass folded nothing')));
    await runtime.waitForPosition(appended.position, { timeoutMs: 5000 });
    const count = async (id: string) => (await harness.reads.findOne('counters', { _id: id }))?.events;
    expect([await count(stream), await count(other)]).toEqual([3, 4]);
    expect((await harness.reads.findOne('totals', { _id: 'all' }))?.events).toBe(7);
  });

  it('rebuilds a live build by stream beside it, then swaps it in and goes on in log order', async () => {
    const streams = [accountStream(), accountStream()];
    await depositRounds(harness.events, streams, 4);
    const runtime = await harness.start({ projections: [counterProjection({ byStream: true })] });
    await runtime.waitUntilLive({ timeoutMs: 5000 });
    const reads = jest.spyOn(harness.events, 'readByStream');
    await runtime.rebuild('counter');
    await runtime.waitUntilLive({ timeoutMs: 5000 });
    expect((await harness.reads.aliases()).counters).toBe('counters_v1_r2');
    expect(reads).toHaveBeenCalledTimes(1);
    expect((await harness.reads.findOne('totals', { _id: 'all' }))?.events).toBe(8);
    const later = await appendOne(harness.events, streams[0]!);
    await runtime.waitForPosition(later.position, { timeoutMs: 5000 });
    expect((await harness.reads.findOne('counters', { _id: streams[0]! }))?.events).toBe(5);
  });

  it('retries a parked stream in the middle of the pass with the events the pass has been through', async () => {
    const [parked, passed, ahead] = [accountStream(), accountStream(), accountStream()];
    await appendOne(harness.events, parked);
    const poison = await appendOne(harness.events, parked);
    await depositRounds(harness.events, [parked, passed, ahead], 2);
    const poisoned = new Set([poison.eventId]);
    // The pass reads one chunk per stream here: it stops after the first two streams.
    const gate = harness.events.holdChunksAfter(2);
    const runtime = await harness.start({
      projections: [counterProjection({ byStream: true, poisoned })],
      batchSize: 1,
      catchUpCommitMs: 0,
    });
    await gate.reached;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const [during] = await runtime.status();
    expect(during).toMatchObject({ position: null, streamPass: { stream: passed } });
    expect(during?.parked).toEqual([expect.objectContaining({ stream: parked, heldEvents: 2 })]);

    poisoned.clear();
    expect(await runtime.retry('counter', parked)).toMatchObject({ unparked: true, applied: 3 });
    gate.open();
    await runtime.waitUntilLive({ timeoutMs: 5000 });
    const count = async (id: string) => (await harness.reads.findOne('counters', { _id: id }))?.events;
    expect([await count(parked), await count(passed), await count(ahead)]).toEqual([4, 2, 2]);
    expect((await harness.reads.findOne('totals', { _id: 'all' }))?.events).toBe(8);
    expect((await runtime.status())[0]?.parked).toEqual([]);
  });
});
