import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, type LoadOptions, type LoadRun, pool, type RouteFigures, runLoad } from './load';
import { profileRoute } from './profiling';
import { EXPRESS_PACKAGE, type Platform } from './protocol';
import {
  BENCH_JWT_SECRET,
  CONTACT_BODY,
  headersFor,
  newCustomerIds,
  onboardBody,
  roundRobin,
} from './requests';
import { type ServerProcess, startServer } from './server-process';

export interface BenchPlan {
  connections: number;
  warmUpSeconds: number;
  measureSeconds: number;
  /** Each route runs this many measured runs, interleaved with the others, pooled. */
  rounds: number;
  customers: number;
}

export interface CommandVsBare {
  bare: Partial<Record<Platform, RouteFigures>>;
  /** The bare Fastify route plus one durable append: the floor under any durable command route. */
  durable: RouteFigures;
  command: RouteFigures;
}

type Route = { name: string; server: ServerProcess; load: (seconds: number) => Promise<LoadRun> };

/** Parts 1 and 2: the bare route on each installed platform, and the durable command route, interleaved. */
export async function measureCommandVsBare(
  plan: BenchPlan,
  log: (line: string) => void,
): Promise<CommandVsBare> {
  const platforms: Platform[] = ['fastify'];
  if (isInstalled(EXPRESS_PACKAGE)) platforms.push('express');
  else log(`express: ${EXPRESS_PACKAGE} is not installed (not a dependency of the project): skipped`);

  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-bench-http-'));
  const servers: ServerProcess[] = [];
  try {
    const headers = await headersFor(['relationship-manager']);
    const routes: Route[] = [];
    for (const platform of platforms) {
      // The Fastify server also serves the durable floor route, from its own event file.
      const env: Record<string, string> =
        platform === 'fastify'
          ? { BARE_EVENTS_FILE: join(dataDir, 'bare-durable.sqlite'), BARE_STREAMS: String(plan.customers) }
          : {};
      const server = await startServer('bare-server', [platform], env);
      servers.push(server);
      const options = base(server.url, headers, plan.connections);
      routes.push({
        name: platform,
        server,
        load: (seconds) =>
          runLoad({ ...options, seconds, next: () => ({ path: '/bare', body: CONTACT_BODY }) }),
      });
      if (platform === 'fastify')
        routes.push({
          name: 'durable',
          server,
          load: (seconds) =>
            runLoad({ ...options, seconds, next: () => ({ path: '/bare/durable', body: CONTACT_BODY }) }),
        });
    }

    const ledger = await startServer('ledger-server', [], {
      DATA_DIR: dataDir,
      JWT_SECRET: BENCH_JWT_SECRET,
      LOG_LEVEL: 'error',
      PORT: '0',
      // The api as deployed: production runs the projections in apps/projector (DESIGN §1).
      BENCH_PROJECTIONS: 'elsewhere',
    });
    servers.push(ledger);
    const options = base(ledger.url, headers, plan.connections);
    const customers = newCustomerIds(plan.customers);
    const onboard = roundRobin(customers.length);
    const onboarded = await runLoad({
      ...options,
      amount: customers.length,
      next: () => {
        const index = onboard();
        return { path: '/customers', body: onboardBody(customers[index] ?? '', index) };
      },
    });
    const refused = pool([onboarded]).non2xx;
    if (refused.size > 0) throw new Error(`onboarding answered ${[...refused].join(', ')} (status, count)`);
    log(
      `onboarded ${customers.length.toLocaleString('en-US')} customers through POST /customers in ${onboarded.seconds.toFixed(1)} s`,
    );

    const contact = roundRobin(customers.length);
    routes.push({
      name: 'command',
      server: ledger,
      load: (seconds) =>
        runLoad({
          ...options,
          seconds,
          next: () => ({ path: `/customers/${customers[contact()] ?? ''}/contacts`, body: CONTACT_BODY }),
        }),
    });

    // Warm-up runs, not counted: the JIT compiles every path and SQLite's pages are cached.
    for (const route of routes) await route.load(plan.warmUpSeconds);
    const runs = new Map<string, LoadRun[]>(routes.map((route) => [route.name, []]));
    for (let round = 0; round < plan.rounds; round++) {
      // Alternating the order cancels drift (the log grows, other work on the machine comes and goes).
      const order = round % 2 === 0 ? routes : [...routes].reverse();
      for (const route of order) runs.get(route.name)?.push(await route.load(plan.measureSeconds));
    }
    const figures = new Map([...runs].map(([name, routeRuns]) => [name, pool(routeRuns)]));
    const bare: Partial<Record<Platform, RouteFigures>> = {};
    for (const platform of platforms) {
      const platformFigures = figures.get(platform);
      if (platformFigures === undefined) continue;
      bare[platform] = platformFigures;
      log(`bare POST /bare on ${platform}: ${describe(platformFigures)}`);
    }
    const durable = figures.get('durable');
    if (durable === undefined) throw new Error('the durable floor route was not measured');
    log(`bare POST /bare/durable on fastify (one durable append, nothing else): ${describe(durable)}`);
    const command = figures.get('command');
    if (command === undefined) throw new Error('the command route was not measured');
    const appended = command.requests;
    log(
      `POST /customers/:id/contacts (the api as deployed, projections in apps/projector): ${describe(command)}`,
    );
    log(
      `  ${(appended / customers.length).toFixed(1)} contacts per customer stream measured (plus warm-up), ` +
        `api listening ${Math.round(ledger.listeningMs)} ms after its start`,
    );
    for (const route of routes)
      await profileRoute(route.server, route.name, () => route.load(plan.measureSeconds), log);
    return { bare, durable, command };
  } finally {
    for (const server of servers) await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function base(url: string, headers: Record<string, string>, connections: number): Omit<LoadOptions, 'next'> {
  return { url, method: 'POST', headers, connections };
}

function isInstalled(name: string): boolean {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
}
