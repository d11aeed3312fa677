import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ProjectionRuntime, readProjectionStatus } from '../../src';
import { counterProjection } from '../counter.projection';
import {
  accountStream,
  depositRounds,
  documents,
  openEventStore,
  openReadStore,
  temporaryDirectory,
} from '../stores';

const RUNNER = join(__dirname, 'run-typescript.js');
const CHILD = join(__dirname, 'projector-child.ts');

interface Ended {
  lines: string[];
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs the projector child; kills it with SIGKILL as soon as it reports being mid-batch. */
function runProjector(
  directory: string,
  crashAt: number,
  order: 'log' | 'by-stream' = 'log',
): Promise<Ended> {
  const child = spawn(process.execPath, [RUNNER, CHILD, directory, String(crashAt), order], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    if (line === 'mid-batch') child.kill('SIGKILL');
  });
  return new Promise((resolve) =>
    child.once('close', (code, signal) => resolve({ lines, code, signal, stderr })),
  );
}

/** The counter projection rebuilt from position 0 in log order into a fresh read store. */
async function freshRebuild(directory: string) {
  const eventStore = openEventStore(directory);
  const fresh = openReadStore(directory, 'fresh');
  const rebuild = new ProjectionRuntime({ eventStore, readStore: fresh, projections: [counterProjection()] });
  await rebuild.start();
  await rebuild.waitUntilLive({ timeoutMs: 10_000 });
  await rebuild.stop();
  const built = { counters: await documents(fresh, 'counters'), totals: await documents(fresh, 'totals') };
  await Promise.all([eventStore.close(), fresh.close()]);
  return built;
}

describe('a projector killed with SIGKILL mid-batch', () => {
  it('resumes from its checkpoint to exactly the documents a fresh rebuild gives', async () => {
    const directory = temporaryDirectory();
    const events = openEventStore(directory);
    const head = await depositRounds(events, Array.from({ length: 30 }, accountStream), 40);
    await events.close();

    // Two evolve calls per event (its counter and the total), batches of 100 events: both crashes land mid-batch.
    for (const crashAt of [701, 1501]) {
      const killed = await runProjector(directory, crashAt);
      expect({ signal: killed.signal, stderr: killed.stderr }).toEqual({ signal: 'SIGKILL', stderr: '' });
      const reads = openReadStore(directory);
      const checkpoint = Number(await reads.checkpoint('counter_v1'));
      const total = (await reads.findOne('totals', { _id: 'all' }))?.events;
      await reads.close();
      expect(checkpoint % 100).toBe(0); // only whole batches were committed…
      expect(checkpoint).toBeLessThan(Number(head.position)); // …and not all of them
      expect(total).toBe(checkpoint);
    }
    const finished = await runProjector(directory, 0);
    expect({ code: finished.code, lines: finished.lines, stderr: finished.stderr }).toEqual({
      code: 0,
      lines: ['live'],
      stderr: '',
    });

    const eventStore = openEventStore(directory);
    const crashed = openReadStore(directory);
    const fresh = openReadStore(directory, 'fresh');
    const rebuild = new ProjectionRuntime({
      eventStore,
      readStore: fresh,
      projections: [counterProjection()],
    });
    await rebuild.start();
    await rebuild.waitUntilLive({ timeoutMs: 10_000 });
    await rebuild.stop();
    expect(await documents(crashed, 'counters')).toEqual(await documents(fresh, 'counters'));
    expect(await documents(crashed, 'totals')).toEqual(await documents(fresh, 'totals'));
    expect((await documents(crashed, 'totals')).all?.events).toBe(1200);
    expect(await crashed.checkpoint('counter_v1')).toBe(head.position);
    await Promise.all([eventStore.close(), crashed.close(), fresh.close()]);
  });

  it("in its first pass stream by stream, resumes from the pass's progress to what a log-order rebuild gives", async () => {
    const directory = temporaryDirectory();
    const events = openEventStore(directory);
    const head = await depositRounds(events, Array.from({ length: 30 }, accountStream), 40);

    for (const crashAt of [701, 1501]) {
      const killed = await runProjector(directory, crashAt, 'by-stream');
      expect({ signal: killed.signal, stderr: killed.stderr }).toEqual({ signal: 'SIGKILL', stderr: '' });
      const reads = openReadStore(directory);
      const progress = await reads.findOne('projection_stream_pass', { _id: 'counter_v1' });
      const [status] = await readProjectionStatus(events, reads, [counterProjection({ byStream: true })]);
      const total = (await reads.findOne('totals', { _id: 'all' }))?.events;
      const counted = await reads.find<{ _id: string; events: number }>('counters', {});
      await reads.close();
      // No checkpoint yet: the pass commits its progress instead, with whole streams of 40 events counted.
      expect(progress).toMatchObject({ head: head.position });
      expect(status).toMatchObject({
        position: null,
        streamPass: { head: head.position, stream: expect.any(String) },
      });
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThan(1200);
      expect(counted.reduce((sum, counter) => sum + counter.events, 0)).toBe(total);
      expect(counted.filter((counter) => counter.events !== 40).length).toBeLessThanOrEqual(1);
    }
    await events.close();
    const finished = await runProjector(directory, 0, 'by-stream');
    expect({ code: finished.code, lines: finished.lines, stderr: finished.stderr }).toEqual({
      code: 0,
      lines: ['live'],
      stderr: '',
    });

    const crashed = openReadStore(directory);
    const fresh = await freshRebuild(directory);
    expect(await documents(crashed, 'counters')).toEqual(fresh.counters);
    expect(await documents(crashed, 'totals')).toEqual(fresh.totals);
    expect(fresh.totals.all?.events).toBe(1200);
    expect(await crashed.checkpoint('counter_v1')).toBe(head.position);
    expect(await crashed.findOne('projection_stream_pass', { _id: 'counter_v1' })).toBeNull();
    await crashed.close();
  });
});
