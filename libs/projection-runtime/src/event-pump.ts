import { comparePositions, type EventStore, type From, type RecordedEvent } from '@ledger/event-store';
import { passByStream } from './pass-by-stream';
import type { ProjectionRunner } from './projection-runner';

export interface PumpOptions {
  batchSize: number;
  flushIntervalMs: number;
  retryDelayMs: number;
  onCaughtUp: (runner: ProjectionRunner) => void;
  onError: (error: unknown) => void;
}

const WAKE = Symbol('wake');

/**
 * One subscription to the log feeding one or more runners, so projections at the same place read
 * and parse each event once. Hands events over in batches: when batchSize are buffered, when
 * flushIntervalMs have passed since the first one (a quiet system still shows new events at once),
 * and when stopping. Runners catching up commit only when the log runs dry for flushIntervalMs, when
 * stopping, or when they hold enough; the rest stay in their working sets. Between batches the pump
 * yields to the event loop, so a long catch-up never stops the process answering requests. A failed
 * subscription or commit is retried from the runners' checkpoints.
 */
export class EventPump {
  lastError: string | null = null;
  private readonly runners: Set<ProjectionRunner>;
  private stopping = false;
  /** Ends the current wait with WAKE; null while the loop is not waiting. */
  private interrupt: (() => void) | null = null;
  /** A wake-up that came while the loop was busy, for its next wait. */
  private woken = false;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: EventStore,
    runners: Iterable<ProjectionRunner>,
    private readonly options: PumpOptions,
  ) {
    this.runners = new Set(runners);
  }

  start(): void {
    this.running = this.run();
  }

  /** Ends the subscription, flushes what is buffered and resolves once the last commit is done. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeUp();
    await this.running;
  }

  /** Stops feeding a runner whose build was swapped out; the pump ends with its last runner. */
  remove(runner: ProjectionRunner): void {
    this.runners.delete(runner);
    if (this.runners.size === 0) void this.stop();
  }

  private async run(): Promise<void> {
    for (let failures = 0; !this.stopping; failures++) {
      try {
        return await this.feed();
      } catch (error) {
        this.lastError = error instanceof Error ? error.message : String(error);
        this.options.onError(error);
        await this.pause(Math.min(this.options.retryDelayMs * 2 ** failures, 30_000));
      }
    }
  }

  private async feed(): Promise<void> {
    const runners = [...this.runners];
    if (runners.some((runner) => runner.streamPass !== null)) {
      await passByStream(this.store, runners, {
        batchSize: this.options.batchSize,
        stopping: () => this.stopping,
        onBatch: async () => {
          this.lastError = null;
          await nextTurn();
        },
      });
    }
    if (this.stopping) return;
    const iterator = this.store.subscribe({ from: this.from() })[Symbol.asyncIterator]();
    const batch: RecordedEvent[] = [];
    let timer: NodeJS.Timeout | undefined;
    let pending = iterator.next();
    try {
      await this.checkCaughtUp();
      while (!this.stopping) {
        const next = await this.nextOrWake(pending);
        if (next === WAKE) {
          // The flush timer fired, or stop() woke the loop before it did.
          clearTimeout(timer);
          timer = undefined;
          await this.flush(batch, true);
          continue;
        }
        if (next.done === true) {
          if (!this.stopping) this.options.onError(new Error('the event store ended the subscription'));
          break;
        }
        batch.push(next.value);
        pending = iterator.next();
        if (batch.length >= this.options.batchSize) {
          clearTimeout(timer);
          await this.flush(batch, false);
          // Runners catching up may hold folded events: they are committed if the log runs dry.
          timer = setTimeout(() => this.wakeUp(), this.options.flushIntervalMs);
        } else if (timer === undefined) {
          timer = setTimeout(() => this.wakeUp(), this.options.flushIntervalMs);
        }
      }
      await this.flush(batch, true);
    } finally {
      clearTimeout(timer);
      pending.catch(() => undefined);
      // Not awaited: an iterator may only settle its return() once its pending next() does.
      iterator.return?.().catch(() => undefined);
    }
  }

  /** Hands the batch to every runner; `commit` makes those catching up commit what they folded. */
  private async flush(batch: RecordedEvent[], commit: boolean): Promise<void> {
    const events = batch.splice(0);
    await Promise.all([...this.runners].map((runner) => runner.applyBatch(events, { commit })));
    this.lastError = null;
    await this.checkCaughtUp();
    // Folding is synchronous work: without this, catching up on a long log starves every request.
    await nextTurn();
  }

  /** Marks runners whose checkpoint reached the head; only asks the store while some are behind. */
  private async checkCaughtUp(): Promise<void> {
    const behind = [...this.runners].filter((runner) => !runner.caughtUp);
    if (behind.length === 0) return;
    const head = await this.store.headPosition();
    for (const runner of behind) {
      const position = runner.position;
      if (head !== null && (position === null || comparePositions(position, head) < 0)) continue;
      runner.caughtUp = true;
      this.options.onCaughtUp(runner);
    }
  }

  /** Resumes from the runner furthest behind; runners ahead skip what they already applied. */
  private from(): From {
    let from: From | null = null;
    for (const runner of this.runners) {
      const position = runner.position;
      if (position === null) return 'start';
      if (from === null || comparePositions(position, from) < 0) from = position;
    }
    return from ?? 'start';
  }

  /**
   * The iterator's next result, or WAKE when the flush timer or stop() comes first. Not Promise.race:
   * that would hang one reaction per event on a promise that stays pending for a whole rebuild.
   */
  private nextOrWake<T>(pending: Promise<T>): Promise<T | typeof WAKE> {
    if (this.woken || this.stopping) {
      this.woken = false;
      return Promise.resolve(WAKE);
    }
    return new Promise<T | typeof WAKE>((resolve, reject) => {
      const interrupt = () => resolve(WAKE);
      this.interrupt = interrupt;
      // A wait that was woken leaves its handlers on `pending`: they must not clear a newer wait's interrupt.
      const settled = () => {
        if (this.interrupt === interrupt) this.interrupt = null;
      };
      pending.then(
        (value) => (settled(), resolve(value)),
        (error: unknown) => (settled(), reject(error)),
      );
    });
  }

  private wakeUp(): void {
    const interrupt = this.interrupt;
    this.interrupt = null;
    if (interrupt) interrupt();
    else this.woken = true;
  }

  /** Waits before resubscribing; stop() cuts it short. */
  private async pause(ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await this.nextOrWake(new Promise((resolve) => (timer = setTimeout(resolve, ms))));
    clearTimeout(timer);
  }
}

/** Resolves on the event loop's next turn, after the I/O and timers waiting for it. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
