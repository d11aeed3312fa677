import type { ReadDocument } from '@ledger/read-store';
import { counterProjection } from './counter.projection';
import { appendOne, RuntimeHarness } from './runtime-harness';
import { accountStream, depositRounds, documents } from './stores';

describe('rebuilding', () => {
  let harness: RuntimeHarness;
  beforeEach(() => (harness = new RuntimeHarness()));
  afterEach(() => harness.close());

  const byStream = (found: Record<string, ReadDocument>) =>
    Object.fromEntries(
      Object.entries(found).map(([id, document]) => [id, [document.events, document.builtBy]]),
    );

  it('builds a new version into new collections and swaps it in when caught up; the old one answers meanwhile', async () => {
    const streams = [accountStream(), accountStream(), accountStream(), accountStream()];
    await depositRounds(harness.events, streams, 10);
    const v1 = await harness.start({ projections: [counterProjection({ version: 1 })] });
    await v1.waitUntilLive({ timeoutMs: 5000 });
    const before = await documents(harness.reads, 'counters');
    await harness.stop(v1);

    const gate = harness.events.holdAfter('20');
    const v2 = await harness.start({ projections: [counterProjection({ version: 2 })], batchSize: 5 });
    await gate.reached;
    expect(await v2.status()).toEqual([
      expect.objectContaining({ state: 'rebuilding', build: 'counter_v2', servingBuild: 'counter_v1' }),
    ]);
    expect(await documents(harness.reads, 'counters')).toEqual(before);
    await expect(v2.waitForPosition('1', { timeoutMs: 20 })).rejects.toThrow('had not applied');

    gate.open();
    await v2.waitUntilLive({ timeoutMs: 5000 });
    expect((await harness.reads.aliases()).counters).toBe('counters_v2');
    const after = await documents(harness.reads, 'counters');
    expect(byStream(after)).toEqual(Object.fromEntries(streams.map((stream) => [stream, [10, 2]])));
    // The old build stays readable for the grace period: other processes may still resolve to it.
    expect(await harness.reads.listCollections()).toEqual(
      expect.arrayContaining(['counters_v1', 'counters_v2']),
    );
    expect((await v2.status())[0]).toMatchObject({
      state: 'live',
      build: 'counter_v2',
      servingBuild: 'counter_v2',
    });
  });

  it('rebuilds the same version beside the live build, which keeps applying new events until the swap', async () => {
    const streams = [accountStream(), accountStream()];
    await depositRounds(harness.events, streams, 20);
    const runtime = await harness.start({ batchSize: 5 });
    await runtime.waitUntilLive({ timeoutMs: 5000 });

    const gate = harness.events.holdAfter('20');
    await runtime.rebuild('counter');
    await gate.reached;
    const during = await appendOne(harness.events, streams[0]!);
    await runtime.waitForPosition(during.position, { timeoutMs: 5000 });
    expect((await harness.reads.findOne('counters', { _id: streams[0]! }))?.events).toBe(21);
    expect((await runtime.status())[0]).toMatchObject({
      state: 'rebuilding',
      build: 'counter_v1_r2',
      servingBuild: 'counter_v1',
    });

    gate.open();
    await runtime.waitUntilLive({ timeoutMs: 5000 });
    expect((await harness.reads.aliases()).counters).toBe('counters_v1_r2');
    const after = await appendOne(harness.events, streams[0]!);
    await runtime.waitForPosition(after.position, { timeoutMs: 5000 });
    expect((await harness.reads.findOne('counters', { _id: streams[0]! }))?.events).toBe(22);
    // The swapped-out build no longer receives events.
    expect((await harness.reads.findOne('counters_v1', { _id: streams[0]! }))?.events).toBe(21);
  });

  it('drops the retired build once its grace period is over', async () => {
    await depositRounds(harness.events, [accountStream()], 3);
    const v1 = await harness.start();
    await v1.waitUntilLive({ timeoutMs: 5000 });
    await harness.stop(v1);
    const v2 = await harness.start({ projections: [counterProjection({ version: 2 })], retiredGraceMs: 0 });
    await v2.waitUntilLive({ timeoutMs: 5000 });
    await harness.stop(v2);
    // Restarting finds the retired build past its grace period and drops it before anything else.
    const again = await harness.start({
      projections: [counterProjection({ version: 2 })],
      retiredGraceMs: 0,
    });
    await again.waitUntilLive({ timeoutMs: 5000 });
    expect(await harness.reads.listCollections()).not.toContain('counters_v1');
  });
});
