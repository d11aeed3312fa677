import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ProjectionRuntime } from '../../src';
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
function runProjector(directory: string, crashAt: number): Promise<Ended> {
  const child = spawn(process.execPath, [RUNNER, CHILD, directory, String(crashAt)], {
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
});
