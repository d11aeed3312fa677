import { Worker } from 'node:worker_threads';
import type { Position, RecordedEvent } from '@ledger/event-store';
import type { ReadDocument } from '@ledger/read-store';
import type { ChangedDocument } from '../batch-fold';
import { FOLD_WORKER_SOURCE } from './fold-worker.source';

/**
 * Where a worker finds the projections: functions do not cross threads, so each worker calls
 * `require(module)[export](...args)` itself (one projection or a list) (args must survive structured clone: policies do) and
 * picks them by name. `preload` runs first: what lets a bare worker resolve the app's modules
 * (tsconfig paths, or transpiling TypeScript when run from the sources).
 */
export interface ProjectionSource {
  module: string;
  export: string;
  args: readonly unknown[];
  preload: readonly string[];
}

export interface FoldWorkersOptions {
  /** Worker threads folding the stream pass; 0 folds on the main thread. */
  count: number;
  source: ProjectionSource;
}

/** A document a worker starts from: [cache key, logical collection, document or null, its _position]. */
export type LoadedDocument = [string, string, ReadDocument | null, Position | null];
/** An event of the batch (by index) and the targets this worker holds: [collection, id, cache key]. */
export type PlannedOnWorker = [number, [string, string, string][]];

export interface WorkerShare {
  loaded: LoadedDocument[];
  events: RecordedEvent[];
  planned: PlannedOnWorker[];
}

export interface WorkerFold {
  /** [position, error] of each event whose fold threw in this worker. */
  failures: [Position, string][];
  /** Estimated bytes of the documents it took in. */
  bytes: number;
}

/** FNV-1a of the id, over the workers: stable, so a document stays in one worker for a whole window. */
export function workerOfId(id: string, workers: number): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return (hash >>> 0) % workers;
}

interface Reply {
  id: number;
  value?: unknown;
  error?: string;
}

/**
 * Worker threads that fold a stream pass (ADR 0032). Documents are shared out by id, so a
 * customer's documents in every collection sit in one worker, and a document summing many streams
 * (a KPI day) in exactly one: each worker folds its share of every event with the runtime's own
 * foldBatch, in the order main sends them. Main keeps reading, planning, parking and committing.
 */
export class FoldPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  private next = 0;
  private failed: Error | null = null;

  constructor({ count, source }: FoldWorkersOptions) {
    const workerData = {
      source,
      preload: source.preload,
      batchFold: require.resolve('../batch-fold'),
      documentSizes: require.resolve('../document-sizes'),
    };
    this.workers = Array.from({ length: count }, () => {
      const worker = new Worker(FOLD_WORKER_SOURCE, { eval: true, workerData });
      worker.on('message', (reply: Reply) => this.settle(reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => this.fail(new Error(`a fold worker exited (code ${code})`)));
      // A process that exits without stopping the runtime is not kept alive by its workers.
      worker.unref();
      return worker;
    });
  }

  /** A worker failed: the pool answers nothing more and is replaced. */
  get broken(): boolean {
    return this.failed !== null;
  }

  get size(): number {
    return this.workers.length;
  }

  /** The worker that holds a document: by id alone, so one customer's documents share a worker. */
  workerOf(id: string): number {
    return workerOfId(id, this.workers.length);
  }

  fold(worker: number, build: string, projection: string, share: WorkerShare): Promise<WorkerFold> {
    return this.ask<WorkerFold>(worker, { kind: 'fold', build, projection, ...share });
  }

  /** Undoes the last fold of this build in every worker: an event failed in one of them. */
  async rollback(build: string, projection: string): Promise<void> {
    await Promise.all(
      this.workers.map((_, worker) => this.ask(worker, { kind: 'rollback', build, projection })),
    );
  }

  /** Every document the build changed since the last drain; the workers then hold nothing of it. */
  async drain(build: string, projection: string): Promise<ChangedDocument[]> {
    const shares = await Promise.all(
      this.workers.map((_, worker) =>
        this.ask<ChangedDocument[]>(worker, { kind: 'drain', build, projection }),
      ),
    );
    return shares.flat();
  }

  async close(): Promise<void> {
    this.failed ??= new Error('the fold workers were stopped');
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private ask<T>(worker: number, message: object): Promise<T> {
    if (this.failed !== null) return Promise.reject(this.failed);
    const id = this.next++;
    const target = this.workers[worker];
    if (target === undefined) return Promise.reject(new Error(`no fold worker ${worker}`));
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      target.postMessage({ id, ...message });
    });
  }

  private settle({ id, value, error }: Reply): void {
    const waiting = this.pending.get(id);
    this.pending.delete(id);
    if (waiting === undefined) return;
    if (error === undefined) waiting.resolve(value);
    else waiting.reject(new Error(`fold worker: ${error}`));
  }

  /** A worker that died takes the pool with it: its documents are gone, so the pass must fold again. */
  private fail(error: Error): void {
    this.failed ??= error;
    for (const waiting of this.pending.values()) waiting.reject(this.failed);
    this.pending.clear();
  }
}
