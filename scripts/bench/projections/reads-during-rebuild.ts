import { DEFAULT_POLICIES } from '@ledger/domain';
import type { ProjectionRuntime } from '@ledger/projection-runtime';
import type { ReadStore } from '@ledger/read-store';
import { getCustomer360 } from '../../../projections/customer-360';

const NOW = '2026-11-24T12:00:00.000Z';
/** One GET every this many ms, open loop: a GET waits behind whatever holds the event loop. */
const EVERY_MS = 10;

export interface ReadsDuringRebuild {
  seconds: number;
  reads: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/**
 * `POST /projections/rebuild` as the api runs it: every read model rebuilt blue/green beside the
 * live builds, while the 360 view of a random customer is read from the live (old) build every
 * 10 ms. Each read's time runs from when it was due, so a fold holding the event loop shows in it.
 */
export async function readsDuringRebuild(
  runtime: ProjectionRuntime,
  readStore: ReadStore,
  customerIds: readonly string[],
): Promise<ReadsDuringRebuild> {
  const latencies: number[] = [];
  let missing = 0;
  let stopped = false;
  const loop = (async () => {
    let due = performance.now();
    while (!stopped) {
      due += EVERY_MS;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const id = customerIds[Math.floor(Math.random() * customerIds.length)] ?? '';
      if ((await getCustomer360(readStore, id, NOW, DEFAULT_POLICIES)) === null) missing++;
      latencies.push(performance.now() - due);
    }
  })();
  const started = performance.now();
  await runtime.rebuildAll();
  await runtime.waitUntilLive({ timeoutMs: 60 * 60 * 1000 });
  const seconds = (performance.now() - started) / 1000;
  stopped = true;
  await loop;
  if (missing > 0) throw new Error(`${missing} reads found no 360 view during the rebuild`);
  const sorted = latencies.sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    seconds,
    reads: sorted.length,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: sorted[sorted.length - 1] ?? 0,
  };
}
