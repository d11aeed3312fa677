import type { Position, RecordedEvent } from '@ledger/event-store';
import type { ReadDocument } from '@ledger/read-store';
import type { ChangedDocument, FoldResult } from '../batch-fold';
import { cacheKey, type PlannedEvent, planBatch } from '../batch-plan';
import { held, parkedAt, type ParkedStream } from '../parked-streams';
import type { Projection } from '../projection';
import type { FoldPool, LoadedDocument, WorkerShare } from './fold-pool';

export interface WorkersBuild {
  id: string;
  projection: Projection;
  /** Cache keys the workers hold for this build; the ones loaded here are added. */
  held: Set<string>;
  /** Parked streams as stored before the batch. */
  parked: ReadonlyMap<string, ParkedStream>;
  /** Changed but not yet committed here (a commit that failed after its drain): newer than the store. */
  pending: ReadonlyMap<string, ChangedDocument>;
  now: string;
  load(collection: string, ids: string[]): Promise<ReadDocument[]>;
}

/**
 * foldBatch for a stream pass, on the fold workers: plans here, ships each worker its share of
 * every event with the documents it lacks, and parks exactly as foldBatch would. An event is all
 * or nothing across workers too: when one fails anywhere, every worker undoes the batch and folds
 * it again without that event and its stream's later ones (rare: a fold that throws is a bug).
 * The documents stay in the workers; the result carries parked streams and counts only.
 */
export async function foldOnWorkers(
  pool: FoldPool,
  events: readonly RecordedEvent[],
  build: WorkersBuild,
): Promise<{ result: FoldResult; bytes: number }> {
  const plan = planBatch(build.projection, events);
  const loaded = await loadMissing(pool, plan.ids, build);
  const failed = new Map<number, unknown>();
  let bytes = 0;
  for (let first = true; ; first = false) {
    const shares = shareOut(pool, plan.events, failed, build.parked);
    const folds = await Promise.all(
      shares.map((share, worker) => {
        const withLoaded = { ...share, loaded: first ? (loaded[worker] ?? []) : [] };
        return withLoaded.planned.length === 0 && withLoaded.loaded.length === 0
          ? { failures: [], bytes: 0 }
          : pool.fold(worker, build.id, build.projection.name, withLoaded);
      }),
    );
    for (const fold of folds) bytes += fold.bytes;
    const failures = folds.flatMap((fold) => fold.failures);
    if (failures.length === 0) break;
    const byPosition = new Map<Position, number>(
      plan.events.map(({ event }, index) => [event.position, index]),
    );
    for (const [position, error] of failures) {
      const index = byPosition.get(position);
      if (index === undefined) throw new Error(`a fold worker failed at ${position}, not in the batch`);
      failed.set(index, error);
    }
    await pool.rollback(build.id, build.projection.name);
  }
  return { result: parkingOf(plan.events, failed, build), bytes };
}

/** The documents no worker holds yet, from what is pending here or else the store (null: absent). */
async function loadMissing(
  pool: FoldPool,
  ids: ReadonlyMap<string, ReadonlySet<string>>,
  build: WorkersBuild,
): Promise<LoadedDocument[][]> {
  const loaded: LoadedDocument[][] = Array.from({ length: pool.size }, () => []);
  for (const [collection, wanted] of ids) {
    const missing = [...wanted].filter((id) => !build.held.has(cacheKey(collection, id)));
    if (missing.length === 0) continue;
    const fromStore = missing.filter((id) => !build.pending.has(cacheKey(collection, id)));
    const found = fromStore.length === 0 ? [] : await build.load(collection, fromStore);
    const stored = new Map(found.map((document) => [document._id, document]));
    for (const id of missing) {
      const cached = cacheKey(collection, id);
      const pending = build.pending.get(cached);
      const document = pending !== undefined ? pending.document : (stored.get(id) ?? null);
      const position: unknown = pending !== undefined ? pending.position : document?.['_position'];
      loaded[pool.workerOf(id)]?.push([
        cached,
        collection,
        document,
        typeof position === 'string' ? position : null,
      ]);
      build.held.add(cached);
    }
  }
  return loaded;
}

/** Each worker's events and targets, leaving out parked streams and the events that failed. */
function shareOut(
  pool: FoldPool,
  planned: readonly PlannedEvent[],
  failed: ReadonlyMap<number, unknown>,
  parked: ReadonlyMap<string, ParkedStream>,
): Omit<WorkerShare, 'loaded'>[] {
  const shares = Array.from({ length: pool.size }, () => ({
    events: [] as RecordedEvent[],
    planned: [] as WorkerShare['planned'],
  }));
  const stopped = new Set<string>();
  planned.forEach(({ event, targets }, index) => {
    if (parked.has(event.stream) || stopped.has(event.stream)) return;
    if (targets === undefined || failed.has(index)) return void stopped.add(event.stream);
    const byWorker = new Map<number, [string, string, string][]>();
    for (const { key, cached } of targets) {
      const worker = pool.workerOf(key.id);
      const own = byWorker.get(worker) ?? [];
      own.push([key.collection, key.id, cached]);
      byWorker.set(worker, own);
    }
    for (const [worker, own] of byWorker) {
      const share = shares[worker];
      if (share === undefined) continue;
      share.planned.push([share.events.length, own]);
      share.events.push(event);
    }
  });
  return shares;
}

/** The batch's parked streams and applied count, as foldBatch reports them. */
function parkingOf(
  planned: readonly PlannedEvent[],
  failed: ReadonlyMap<number, unknown>,
  build: WorkersBuild,
): FoldResult {
  const result: FoldResult = { documents: new Map(), parked: new Map(), applied: 0 };
  planned.forEach(({ event, targets, error }, index) => {
    const parked = result.parked.get(event.stream) ?? build.parked.get(event.stream);
    if (parked) return void result.parked.set(event.stream, held(parked, event));
    if (targets === undefined || failed.has(index))
      return void result.parked.set(event.stream, parkedAt(event, failed.get(index) ?? error, build.now));
    result.applied++;
  });
  return result;
}
