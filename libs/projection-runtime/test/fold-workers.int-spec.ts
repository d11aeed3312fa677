import { join } from 'node:path';
import { EmbeddedReadStore } from '../../read-store/src/embedded/embedded.read-store';
import { type FoldWorkersOptions, ProjectionRuntime } from '../src';
import { workerOfId } from '../src/fold-workers/fold-pool';
import { type CounterOptions, counterProjection } from './counter.projection';
import { accountStream, depositRounds, documents, openEventStore, temporaryDirectory } from './stores';

const REGISTER_TS = join(__dirname, '..', '..', '..', 'scripts', 'register-ts.js');
const AT = new Date('2026-03-02T09:00:00.000Z');

/** The counter projection as a fold worker loads it: from this directory, options cloned across. */
const workersFor = (options: CounterOptions, count: number): FoldWorkersOptions => ({
  count,
  source: {
    module: join(__dirname, 'counter.projection.ts'),
    export: 'counterProjection',
    args: [options],
    preload: [REGISTER_TS],
  },
});

describe('fold workers', () => {
  const events = openEventStore(temporaryDirectory());
  afterAll(() => events.close());

  /** A build from position 0 into a fresh read store: its documents and its parked streams. */
  async function build(options: CounterOptions, foldWorkers?: FoldWorkersOptions) {
    const reads = new EmbeddedReadStore({ file: ':memory:' });
    const runtime = new ProjectionRuntime({
      eventStore: events,
      readStore: reads,
      projections: [counterProjection(options)],
      batchSize: 4,
      catchUpCommitBytes: 2048,
      clock: () => AT,
      ...(foldWorkers && { foldWorkers }),
    });
    await runtime.start();
    await runtime.waitUntilLive({ timeoutMs: 30_000 });
    const [status] = await runtime.status();
    await runtime.stop();
    const built = {
      counters: await documents(reads, 'counters'),
      totals: await documents(reads, 'totals'),
      parked: status?.parked,
    };
    await reads.close();
    return built;
  }

  it('park a stream at an event that failed in one worker, undoing it in the others, as one thread does', async () => {
    const streams = Array.from({ length: 6 }, () => accountStream());
    await depositRounds(events, streams, 4);
    // A stream whose counter sits in the other worker than the shared total.
    const apart = streams.find((stream) => workerOfId(stream, 2) !== workerOfId('all', 2)) ?? '';
    const [poisoned] = (await events.readStream(apart)).slice(1, 2);
    // It fails only in the stream's counter: the shared total, likely in the other worker, must not count it.
    const options: CounterOptions = {
      byStream: true,
      poisoned: new Set([poisoned?.eventId ?? '']),
      poisonedIn: 'counters',
    };
    const single = await build(options);
    const threaded = await build(options, workersFor(options, 2));
    expect(single.parked).toMatchObject([{ stream: apart, eventId: poisoned?.eventId, heldEvents: 2 }]);
    expect(single.totals['all']).toMatchObject({ events: 24 - 3 });
    expect(threaded).toEqual(single);
  }, 60_000);
});
