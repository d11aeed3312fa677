import { type LedgerConfig, loadConfig, usesServerStores } from '@ledger/config';
import { ProjectionRuntime, type ProjectionStatus } from '@ledger/projection-runtime';
import { allProjections } from '@ledger/projections/index';
import { allProjectionsSource } from '@ledger/projections/fold-source';
import { openStores } from '@ledger/stores';

// The projector runs the projections against KurrentDB and MongoDB (the production topology); in the
// embedded mode the api runs them in its own process.

const STATUS_EVERY_MS = 60_000;

function describe(status: ProjectionStatus): string {
  const lag = `${status.lagEvents}${status.lagEventsExact ? '' : '+'} events, ${status.lagSeconds.toFixed(1)} s`;
  const parked = status.parked.length > 0 ? `, ${status.parked.length} parked stream(s)` : '';
  const pass = status.streamPass;
  const at = pass
    ? `stream by stream up to ${pass.head ?? 'the head'}, at ${pass.stream ?? 'the first stream'}`
    : `at ${status.position ?? 'start'}`;
  const policies = status.policiesCurrent
    ? ''
    : `, built under policies ${status.policyVersion}: rebuild to apply the configured set to history`;
  return `${status.name} ${status.state} build ${status.build} ${at} (lag ${lag}${parked}${policies})`;
}

async function run(config: LedgerConfig): Promise<void> {
  const quiet = config.logLevel === 'error' || config.logLevel === 'warn';
  const stores = await openStores(config, { warn: (message) => console.warn(message) });
  const runtime = new ProjectionRuntime({
    eventStore: stores.events,
    readStore: stores.reads,
    projections: allProjections(config.policies),
    onError: (error) => console.error('projector:', error),
    // The api records rebuilds asked of it (POST /projections/…/rebuild, `ledger rebuild`); they start here.
    rebuildRequestsEveryMs: 1000,
    ...((config.projectionFoldWorkers ?? 0) > 0 && {
      foldWorkers: {
        count: config.projectionFoldWorkers ?? 0,
        source: allProjectionsSource(config.policies),
      },
    }),
  });
  await runtime.start();
  const report = async () => {
    if (!quiet) for (const status of await runtime.status()) console.log(describe(status));
  };
  await report();
  const timer = setInterval(
    () => void report().catch((error: unknown) => console.error(error)),
    STATUS_EVERY_MS,
  );

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    if (!quiet) console.log(`projector: ${signal}, committing what is buffered`);
    clearInterval(timer);
    // Projections stop (and flush) before the stores they write to close.
    await runtime.stop();
    await stores.close();
    process.exit(0);
  };
  process.once('SIGTERM', (signal) => void stop(signal));
  process.once('SIGINT', (signal) => void stop(signal));
}

const config = loadConfig();
if (!usesServerStores(config)) {
  console.error(
    'apps/projector needs EVENT_STORE_URL and READ_STORE_URL (or MONGODB_URL); in the embedded mode the api runs the projections',
  );
  process.exit(1);
}
run(config).catch((error: unknown) => {
  console.error('projector failed to start:', error);
  process.exit(1);
});
