import { DEFAULT_POLICIES } from '@ledger/domain';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEVELOPMENT_MASTER_KEY, masterKeyFrom } from '@ledger/personal-data';
import type { Projection } from '@ledger/projection-runtime';
import { allProjections } from '../../projections';
import { kpiHistoryProjection } from '../../projections/kpi-history';
import { allProjectionsSource } from '../../projections/fold-source';
import { measureCeiling } from './projections/ceiling';
import { ensureDataset } from './projections/dataset';
import { measureDocumentWrites } from './projections/floor';
import { PeakMemory } from './projections/peak-memory';
import { measureQueries } from './projections/queries';
import { measureRebuild } from './projections/rebuild';

/** The bench runs under the seed defaults; the apps build theirs from configuration. */
const SEED_DEFAULT_PROJECTIONS = allProjections(DEFAULT_POLICIES);

const CUSTOMERS = Number(process.env['BENCH_CUSTOMERS'] ?? 100_000);
const SEED = 1;
/** Worker threads folding the stream pass (the runtime's foldWorkers); 0 folds on the main thread. */
const FOLD_WORKERS = Number(process.env['BENCH_FOLD_WORKERS'] ?? 0);
/** 0 skips the second rebuild that reads the 360 view meanwhile (it doubles the run). */
const READS_DURING_REBUILD = process.env['BENCH_READS_DURING_REBUILD'] !== '0';
const DIRECTORY = process.env['BENCH_DATA_DIR'] ?? join(tmpdir(), 'ledger-bench-projections');
/** The public development key: benchmark data is synthetic. */
const MASTER_KEY = DEVELOPMENT_MASTER_KEY;
const EXPECTED = ['customer-360', 'tier-audit', 'worklist', 'kpi-history'];

const count = (n: number) => Math.round(n).toLocaleString('en-US');

/** Every read model in projections/index.ts, plus kpi-history should the index not list it. */
function projections(): Projection[] {
  const all = [...SEED_DEFAULT_PROJECTIONS];
  if (!all.some((projection) => projection.name === kpiHistoryProjection.name))
    all.push(kpiHistoryProjection);
  return all;
}

/** `npm run bench:projections`: the rebuild of every projection next to the raw read of the log. */
async function main(): Promise<void> {
  console.log(
    `projection rebuild benchmark: node ${process.version} ${process.execArgv.join(' ')}, ${cpus().length} CPUs, dataset in ${DIRECTORY}`,
  );
  const dataset = ensureDataset({
    customers: CUSTOMERS,
    seed: SEED,
    directory: DIRECTORY,
    masterKey: MASTER_KEY,
  });
  const origin = dataset.reused
    ? `reused from an earlier run (generation took ${dataset.generatedSeconds.toFixed(0)} s)`
    : `generated in ${dataset.generatedSeconds.toFixed(0)} s`;
  console.log(
    `dataset: ${count(dataset.events)} events, ${count(CUSTOMERS)} customers (seed ${SEED}), ${origin}`,
  );

  // Best of two: the first pass also warms the page cache for everything after it.
  const ceiling = [measureCeiling(dataset.eventsFile), measureCeiling(dataset.eventsFile)].reduce((a, b) =>
    a.perSecond >= b.perSecond ? a : b,
  );
  console.log(
    `ceiling: raw SQLite read of the events table + JSON.parse of data and metadata: ${count(ceiling.perSecond)} events/s`,
  );

  const running = projections();
  const missing = EXPECTED.filter((name) => !running.some((projection) => projection.name === name));
  const names = running.map((projection) => projection.name).join(', ');
  console.log(
    `rebuild: ${names} from position 0${missing.length > 0 ? ` (not in projections/index.ts yet: ${missing.join(', ')})` : ''}`,
  );
  const scratch = mkdtempSync(join(tmpdir(), 'ledger-bench-read-'));
  const memory = new PeakMemory();
  let peak = 0;
  try {
    const rebuild = await measureRebuild(
      dataset.eventsFile,
      join(scratch, 'read.sqlite'),
      masterKeyFrom(MASTER_KEY),
      running,
      dataset.events,
      () => memory.sample(),
      {
        ...(FOLD_WORKERS > 0 && {
          foldWorkers: { count: FOLD_WORKERS, source: allProjectionsSource(DEFAULT_POLICIES) },
        }),
        readsDuringRebuild: READS_DURING_REBUILD,
        // The peak of the rebuild itself: the second one holds two builds of everything in memory.
        onRebuilt: () => (peak = memory.stop()),
      },
    );
    console.log(
      `rebuild: ${count(rebuild.perSecond)} events/s (${count(rebuild.events)} events in ${rebuild.seconds.toFixed(1)} s, decrypting, embedded read store, ` +
        `${FOLD_WORKERS} fold workers; CPU ${rebuild.cpuSeconds.toFixed(1)} s over every thread)`,
    );
    const writes = [...rebuild.writes].map(([collection, n]) => `${collection} ${count(n)}`).join(', ');
    console.log(`read-store documents written: ${writes}`);
    console.log(
      `peak RSS (ceiling and rebuild; the dataset is generated in a child process): ${peak.toFixed(0)} MiB (target < 1024 MiB)`,
    );
    const during = rebuild.during;
    if (during !== undefined)
      console.log(
        `360 GET every 10 ms from the live builds during a second, blue/green rebuild of everything (${during.seconds.toFixed(1)} s, ` +
          `${count(during.reads)} reads): p50 ${during.p50Ms.toFixed(1)} ms, p99 ${during.p99Ms.toFixed(1)} ms, max ${during.maxMs.toFixed(1)} ms`,
      );
    await measureQueries(rebuild.readStore, (line) => console.log(line));
    await rebuild.readStore.close();
    const written = measureDocumentWrites(
      join(scratch, 'read.sqlite'),
      join(scratch, 'floor.sqlite'),
      (collection) => !/_r\d+$/.test(collection),
    );
    const floor = dataset.events / (dataset.events / ceiling.perSecond + written.seconds);
    console.log(
      `floor: the ceiling's read of the log plus writing the ${count(written.documents)} rebuilt documents alone ` +
        `(already serialised, each once, 1,000 per transaction: ${written.seconds.toFixed(1)} s): ${count(floor)} events/s, ` +
        `${(floor / ceiling.perSecond).toFixed(2)} of the ceiling; a rebuild on one thread cannot pass it`,
    );
    console.log(`ratio rebuild/ceiling = ${(rebuild.perSecond / ceiling.perSecond).toFixed(2)}`);
    console.log(`ratio rebuild/floor = ${(rebuild.perSecond / floor).toFixed(2)} (target ≥ 0.5)`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
