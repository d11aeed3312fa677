import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** SQLite's own default: the writer checkpoints inline once the WAL holds this many pages. */
const INLINE_CHECKPOINT_PAGES = 1000;
/**
 * At a moderate load the thread finds the WAL idle and it restarts long before this. Under sustained
 * writes it rarely does, and the writer checkpoints here what the thread has not copied yet; a stalled
 * thread likewise costs latency, never an unbounded WAL.
 */
const FALLBACK_CHECKPOINT_PAGES = 10_000;
const STOP_TIMEOUT_MS = 5_000;

/**
 * Plain JavaScript, evaluated by the worker: it runs as is under jest and from dist, with no build step.
 * Its own connection copies committed WAL pages into the database file (PASSIVE: never waits for, nor
 * blocks, the writer), with synchronous=FULL so the file is flushed before the WAL can be reused.
 */
const CHECKPOINTER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('synchronous = FULL');
const timer = setInterval(() => db.pragma('wal_checkpoint(PASSIVE)'), workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Checkpoints the event log's WAL from a worker thread, so no commit pays for one. Inline, every
 * thousandth page made one commit copy about 4 MB into the file and fsync it: 11-17 ms on the event
 * loop, which became the p99 of every durable request (ADR 0011).
 */
export class BackgroundCheckpoints {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;
  private stopping = false;

  constructor(
    private readonly db: Database.Database,
    file: string,
    intervalMs: number,
  ) {
    db.pragma(`wal_autocheckpoint = ${FALLBACK_CHECKPOINT_PAGES}`);
    this.worker = new Worker(CHECKPOINTER, {
      eval: true,
      workerData: { driver: require.resolve('better-sqlite3'), file, intervalMs },
    });
    // A thread that fails hands checkpoints back to the writer, as if it had never started.
    const fallBack = () => {
      if (!this.stopping && this.db.open) this.db.pragma(`wal_autocheckpoint = ${INLINE_CHECKPOINT_PAGES}`);
    };
    this.worker.on('error', fallBack);
    this.exited = new Promise((resolve) =>
      this.worker.once('exit', () => {
        fallBack();
        resolve();
      }),
    );
    // An api that exits without closing its store is not kept alive by this thread.
    this.worker.unref();
  }

  /** Closes the thread's connection first, so the writer's close is the last and removes the WAL. */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.worker.postMessage('stop');
    const timeout = setTimeout(() => void this.worker.terminate(), STOP_TIMEOUT_MS);
    await this.exited;
    clearTimeout(timeout);
  }
}
