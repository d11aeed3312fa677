import type { EventFilter, RecordedEvent } from '../event-store.port';
import type { CommitSignal } from './commit-signal';
import type { EventReader } from './event-reader';

const PAGE_SIZE = 1000;
const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * Catch-up, then live: pages through the log after a position, and when it has caught up waits for
 * the next commit. `return()` (a `break` in for-await, or the store closing) ends it at once, even
 * while it is waiting, and leaves nothing registered behind.
 */
export class LiveSubscription implements AsyncIterableIterator<RecordedEvent> {
  private buffer: RecordedEvent[] = [];
  private index = 0;
  private ended = false;
  private stopWaiting: (() => void) | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly reader: EventReader,
    private readonly signal: CommitSignal,
    private after: number,
    private readonly filter: EventFilter | undefined,
    private readonly onEnd: (subscription: LiveSubscription) => void,
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<RecordedEvent, undefined>> {
    // Calls are served one at a time, so two pending next() calls never read the same page twice.
    const result = this.queue.then(() => this.pull());
    this.queue = result.catch(() => undefined);
    return result;
  }

  return(): Promise<IteratorResult<RecordedEvent, undefined>> {
    if (!this.ended) {
      this.ended = true;
      this.buffer = [];
      this.stopWaiting?.();
      this.onEnd(this);
    }
    return Promise.resolve(DONE);
  }

  private async pull(): Promise<IteratorResult<RecordedEvent, undefined>> {
    for (;;) {
      if (this.ended) return DONE;
      const event = this.buffer[this.index];
      if (event !== undefined) {
        this.index += 1;
        return { done: false, value: event };
      }
      if (!this.fill()) await this.nextCommit();
    }
  }

  /** Reads the next page; false when the subscriber has caught up with the log. */
  private fill(): boolean {
    const head = this.reader.headPosition();
    this.buffer = this.reader.page(this.after, head, PAGE_SIZE, this.filter);
    this.index = 0;
    const last = this.buffer[this.buffer.length - 1];
    // A short page means everything up to the head was scanned, filtered-out events included.
    this.after =
      this.buffer.length === PAGE_SIZE && last ? Number(last.position) : Math.max(this.after, head);
    return this.buffer.length > 0;
  }

  private nextCommit(): Promise<void> {
    return new Promise((resolve) => {
      const cancel = this.signal.once(resolve);
      this.stopWaiting = () => {
        cancel();
        resolve();
      };
    });
  }
}
