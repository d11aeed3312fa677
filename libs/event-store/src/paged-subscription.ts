import type { RecordedEvent } from './event-store.port';
import type { CommitSignal } from './sqlite/commit-signal';

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/** What one read of the next page found. */
export type PageRead = 'events' | 'nothing-yet' | 'caught-up';

/**
 * Catch-up, then live, for adapters that read the log in pages: `fill` reads the next page into the
 * buffer; once caught up the subscription waits for the next commit the signal announces. `return()`
 * (a `break` in for-await, or the store closing) ends it at once, even while it waits. Calls to
 * `next()` are served one at a time, so two pending calls never read the same page twice.
 */
export abstract class PagedSubscription implements AsyncIterableIterator<RecordedEvent> {
  protected buffer: RecordedEvent[] = [];
  protected index = 0;
  protected ended = false;
  private stopWaiting: (() => void) | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly signal: CommitSignal,
    private readonly onEnd: (subscription: PagedSubscription) => void,
    /** Between two pages that held nothing for the filter: let the event loop run. */
    private readonly yieldTurn: () => Promise<void>,
  ) {}

  /** Reads the next page into `buffer` (resetting `index`). */
  protected abstract fill(): Promise<PageRead> | PageRead;

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<RecordedEvent, undefined>> {
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
      // Armed before reading, so a commit landing between the read and the wait is not slept through.
      const committed = this.nextCommit();
      const read = await this.fill();
      if (read === 'caught-up') await committed;
      else {
        this.stopWaiting?.();
        if (read === 'nothing-yet') await this.yieldTurn();
      }
    }
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
