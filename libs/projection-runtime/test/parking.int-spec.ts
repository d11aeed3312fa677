import { StreamNotParked } from '../src';
import { counterProjection } from './counter.projection';
import { appendOne, RuntimeHarness } from './runtime-harness';
import { accountStream } from './stores';

// In log order, and in a first pass stream by stream (the events are there before the runtime starts).
describe.each([false, true])('a poisoned event (first pass by stream: %s)', (byStream) => {
  let harness: RuntimeHarness;
  beforeEach(() => (harness = new RuntimeHarness()));
  afterEach(() => harness.close());

  it('parks its stream and no other; the stream resumes once a retry applies its held events', async () => {
    const [poisonedStream, healthy] = [accountStream(), accountStream()];
    await appendOne(harness.events, poisonedStream);
    const poison = await appendOne(harness.events, poisonedStream);
    await appendOne(harness.events, healthy);
    await appendOne(harness.events, poisonedStream);
    const head = await appendOne(harness.events, healthy);
    const poisoned = new Set([poison.eventId]);
    const projections = [counterProjection({ poisoned, byStream })];
    const { reads } = harness;
    const count = async (id: string) => (await reads.findOne('counters', { _id: id }))?.events;

    let runtime = await harness.start({ projections });
    await runtime.waitForPosition(head.position, { timeoutMs: 5000 });
    expect([await count(poisonedStream), await count(healthy)]).toEqual([1, 2]);
    const [status] = await runtime.status();
    expect(status?.parked).toEqual([
      expect.objectContaining({
        stream: poisonedStream,
        position: poison.position,
        eventId: poison.eventId,
        type: 'Deposited',
        error: 'Error: cannot fold Deposited',
        heldEvents: 1,
      }),
    ]);

    // The parked list survives a restart, and the stream's new events wait with it.
    await harness.stop(runtime);
    runtime = await harness.start({ projections });
    await appendOne(harness.events, poisonedStream);
    const later = await appendOne(harness.events, healthy);
    await runtime.waitForPosition(later.position, { timeoutMs: 5000 });
    expect([await count(poisonedStream), await count(healthy)]).toEqual([1, 3]);
    expect((await runtime.status())[0]?.parked).toEqual([expect.objectContaining({ heldEvents: 2 })]);

    const failed = await runtime.retry('counter', poisonedStream);
    expect(failed).toMatchObject({ unparked: false, applied: 0, parked: { eventId: poison.eventId } });

    poisoned.clear(); // the fold is fixed
    expect(await runtime.retry('counter', poisonedStream)).toMatchObject({ unparked: true, applied: 3 });
    expect((await runtime.status())[0]?.parked).toEqual([]);
    expect([await count(poisonedStream), await count(healthy)]).toEqual([4, 3]);
    expect((await reads.findOne('totals', { _id: 'all' }))?.events).toBe(7);

    const resumed = await appendOne(harness.events, poisonedStream);
    await runtime.waitForPosition(resumed.position, { timeoutMs: 5000 });
    expect(await count(poisonedStream)).toBe(5);
    await expect(runtime.retry('counter', healthy)).rejects.toBeInstanceOf(StreamNotParked);
  });
});
