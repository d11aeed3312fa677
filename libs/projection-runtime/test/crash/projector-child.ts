// The projector the crash test kills: runs the counter projection until it is live, then exits.
// With a crash point it stops dead inside evolve after that many calls (mid-batch: documents folded,
// nothing committed) and announces it, so the parent's SIGKILL lands exactly there.
import { writeSync } from 'node:fs';
import { ProjectionRuntime } from '../../src';
import { counterProjection } from '../counter.projection';
import { openEventStore, openReadStore } from '../stores';

async function main(): Promise<void> {
  const [directory, crashAtText = '0', order = 'log'] = process.argv.slice(2);
  if (directory === undefined)
    throw new Error('usage: projector-child.ts <directory> [evolve calls before the crash] [log|by-stream]');
  const crashAt = Number(crashAtText);
  const events = openEventStore(directory);
  const reads = openReadStore(directory);
  let evolved = 0;
  const onEvolve = () => {
    if (crashAt === 0 || ++evolved !== crashAt) return;
    writeSync(1, 'mid-batch\n');
    // Blocks the only thread, so nothing more is committed before the kill arrives.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30_000);
    throw new Error('the parent was expected to kill this process');
  };
  const runtime = new ProjectionRuntime({
    eventStore: events,
    readStore: reads,
    projections: [counterProjection({ onEvolve, byStream: order === 'by-stream' })],
    batchSize: 100,
    flushIntervalMs: 20,
    // A commit after every batch, so the kills land between commits with some progress committed.
    catchUpCommitMs: 0,
    onError: (error) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(2);
    },
  });
  await runtime.start();
  await runtime.waitUntilLive({ timeoutMs: 60_000 });
  await runtime.stop();
  await reads.close();
  await events.close();
  writeSync(1, 'live\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
