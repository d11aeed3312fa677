import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { EVENTS_FILE } from '@ledger/stores';
import type { BenchPlan } from './command-vs-bare';
import { describe, pool, type RouteFigures, runLoad } from './load';
import { type AtOfferedLoad, measureAtOfferedLoads } from './offered-load';
import { profileRoute } from './profiling';
import { BENCH_JWT_SECRET, headersFor } from './requests';
import {
  copyDataDir,
  customerIds,
  readModelSnapshot,
  saveSnapshot,
  SEED_MASTER_KEY,
  seededLedger,
} from './seeded-ledger';
import { type ServerProcess, startServer } from './server-process';

export type Customer360Outcome =
  | { measured: true; saturated: RouteFigures; single: RouteFigures; offered: AtOfferedLoad[] }
  | { measured: false; reason: string };

/** The first build of every read model over a million events takes minutes. */
const LIVE_TIMEOUT_MS = 60 * 60_000;

const seconds = (ms: number | undefined) => `${((ms ?? Number.NaN) / 1000).toFixed(1)} s`;

function startLedger(dataDir: string): Promise<ServerProcess> {
  const env = {
    DATA_DIR: dataDir,
    JWT_SECRET: BENCH_JWT_SECRET,
    MASTER_KEY: SEED_MASTER_KEY,
    LOG_LEVEL: 'error',
    PORT: '0',
    BENCH_WAIT_LIVE: '1',
  };
  return startServer('ledger-server', [], env, LIVE_TIMEOUT_MS);
}

/** Part 3: GET /customers/:id over random customers of the generated ledger, once the projections are live. */
export async function measureCustomer360(
  plan: BenchPlan,
  log: (line: string) => void,
): Promise<Customer360Outcome> {
  const seeded = seededLedger();
  log(
    `${seeded.customers.toLocaleString('en-US')} customers (seed ${seeded.seed}), ${seeded.events.toLocaleString('en-US')} events, ` +
      (seeded.reused
        ? `generated earlier (in ${seeded.generatedSeconds.toFixed(0)} s) and reused from ${seeded.directory}`
        : `generated in ${seeded.generatedSeconds.toFixed(0)} s and cached in ${seeded.directory} for later runs`),
  );
  const snapshot = readModelSnapshot(seeded);
  if (snapshot.exists) log(`read models: reusing the snapshot in ${snapshot.dir}`);
  else {
    const building = mkdtempSync(join(tmpdir(), 'ledger-bench-360-build-'));
    try {
      copyDataDir(dirname(seeded.eventsFile), building, [EVENTS_FILE]);
      const server = await startLedger(building);
      await server.stop();
      log(
        `read models: built from the empty state, once: api listening after ${seconds(server.listeningMs)}, ` +
          `projections live after ${seconds(server.liveMs)}; kept in ${snapshot.dir}`,
      );
      saveSnapshot(snapshot, building);
    } finally {
      rmSync(building, { recursive: true, force: true });
    }
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-bench-360-'));
  try {
    copyDataDir(snapshot.dir, dataDir);
    const ids = customerIds(dataDir);
    const server = await startLedger(dataDir);
    try {
      log(
        `api restarted on ${ids.length.toLocaleString('en-US')} customers with its read models: ` +
          `listening after ${seconds(server.listeningMs)}, projections live after ${seconds(server.liveMs)}`,
      );
      // The generated book has many managers; the call center reads every customer (ADR 0015).
      const headers = await headersFor(['call-center'], false);
      const probe = await fetch(`${server.url}/customers/${ids[0] ?? ''}`, { headers });
      if (probe.status !== 200) {
        const body = (await probe.text()).slice(0, 200);
        return { measured: false, reason: `GET /customers/:id answered ${probe.status}: ${body}` };
      }
      const pick = () => ids[Math.floor(Math.random() * ids.length)] ?? '';
      const options = {
        url: server.url,
        method: 'GET' as const,
        headers,
        connections: plan.connections,
        next: () => ({ path: `/customers/${pick()}` }),
      };
      await runLoad({ ...options, seconds: plan.warmUpSeconds });
      const runs = [];
      for (let round = 0; round < plan.rounds; round++)
        runs.push(await runLoad({ ...options, seconds: plan.measureSeconds }));
      const saturated = pool(runs);
      log(`GET /customers/:id (360 view), ${plan.connections} connections: ${describe(saturated)}`);
      // One request at a time: the service time, without the queueing 64 connections add.
      const single = pool([await runLoad({ ...options, connections: 1, seconds: plan.measureSeconds })]);
      log(`GET /customers/:id (360 view), 1 connection: ${describe(single)}`);
      const offered = await measureAtOfferedLoads(
        server,
        { headers, next: options.next },
        snapshot.dir,
        plan,
        log,
      );
      await profileRoute(
        server,
        'customer-360',
        () => runLoad({ ...options, seconds: plan.measureSeconds }),
        log,
      );
      return { measured: true, saturated, single, offered };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
