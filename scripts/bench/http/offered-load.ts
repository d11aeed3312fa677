import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENTS_FILE } from '@ledger/stores';
import type { BenchPlan } from './command-vs-bare';
import { describe, type LoadRun, type NextRequest, pool, type RouteFigures } from './load';
import { runOpenLoop } from './open-loop';
import { copyDataDir } from './seeded-ledger';
import { type ServerProcess, startServer } from './server-process';

/** Requests per second offered to the 360 GET, and to its floor. */
const OFFERED_RATES = [100, 500] as const;

export interface AtOfferedLoad {
  rate: number;
  read: RouteFigures;
  /** The bare route plus one durable append, at the same load, on a copy of the same log. */
  floor: RouteFigures;
}

/** An access-log event's data, as the 360 GET appends it before answering. */
const ACCESS_RECORD = JSON.stringify({
  customerId: '00000000-0000-4000-8000-000000000000',
  view: 'customer-360',
  accessedBy: 'rm-bench',
  role: 'relationship-manager',
  at: '2026-11-25T09:00:00.000Z',
});

/**
 * Part 4: the 360 GET's latency at set loads, open loop, next to its floor: the bare route plus the one
 * durable append every 360 read makes before it answers, into a copy of the same million-event log
 * (a checkpoint's cost grows with the file). The two alternate, so the disk's moods fall on both.
 */
export async function measureAtOfferedLoads(
  ledger: ServerProcess,
  read: { headers: Record<string, string>; next: () => NextRequest },
  logDir: string,
  plan: BenchPlan,
  log: (line: string) => void,
): Promise<AtOfferedLoad[]> {
  const floorDir = mkdtempSync(join(tmpdir(), 'ledger-bench-360-floor-'));
  try {
    copyDataDir(logDir, floorDir, [EVENTS_FILE]);
    const floor = await startServer('bare-server', ['fastify'], {
      BARE_EVENTS_FILE: join(floorDir, EVENTS_FILE),
      BARE_STREAMS: '1',
    });
    try {
      const readAt = (rate: number, seconds: number) =>
        runOpenLoop({
          url: ledger.url,
          method: 'GET',
          headers: read.headers,
          next: read.next,
          rate,
          seconds,
        });
      const floorAt = (rate: number, seconds: number) =>
        runOpenLoop({
          url: floor.url,
          method: 'POST',
          headers: {},
          rate,
          seconds,
          next: () => ({ path: '/bare/durable', body: ACCESS_RECORD }),
        });
      await floorAt(OFFERED_RATES[0], plan.warmUpSeconds);
      const figures: AtOfferedLoad[] = [];
      for (const rate of OFFERED_RATES) {
        const [reads, floors]: [LoadRun[], LoadRun[]] = [[], []];
        for (let round = 0; round < plan.rounds; round++) {
          if (round % 2 === 1) floors.push(await floorAt(rate, plan.measureSeconds));
          reads.push(await readAt(rate, plan.measureSeconds));
          if (round % 2 === 0) floors.push(await floorAt(rate, plan.measureSeconds));
        }
        const at = { rate, read: pool(reads), floor: pool(floors) };
        log(`GET /customers/:id at ${rate} req/s offered (open loop): ${describe(at.read)}`);
        log(`  floor, POST /bare/durable at ${rate} req/s on a copy of the log: ${describe(at.floor)}`);
        figures.push(at);
      }
      return figures;
    } finally {
      await floor.stop();
    }
  } finally {
    rmSync(floorDir, { recursive: true, force: true });
  }
}
