import 'reflect-metadata';
import { loadConfig } from '@ledger/config';
import { createApp } from '../../../apps/api/src/bootstrap';
import { ProjectionsHost } from '../../../apps/api/src/infrastructure/projections.host';
import { failed, serve } from './serve';

/** Projections over a seeded ledger of 100,000 customers catch up in minutes, not seconds. */
const LIVE_TIMEOUT_MS = 60 * 60_000;

/** The api exactly as `npm start` builds it (createApp), configured by the environment the parent sets. */
async function main(): Promise<void> {
  const app = await createApp(loadConfig(process.env));
  const projections = app.get(ProjectionsHost).runtime;
  const waitLive =
    process.env['BENCH_WAIT_LIVE'] === '1'
      ? () => projections.waitUntilLive({ timeoutMs: LIVE_TIMEOUT_MS })
      : // BENCH_PROJECTIONS=elsewhere: the api as deployed, its projections in apps/projector, not here.
        process.env['BENCH_PROJECTIONS'] === 'elsewhere'
        ? () => projections.stop()
        : undefined;
  await serve(app, waitLive);
}

main().catch(failed);
