import type { EventFilter, RecordedEvent } from '../event-store.port';
import type { CommitSignal } from './commit-signal';
import type { EventReader } from './event-reader';
import { nextTurn } from './next-turn';

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

  private after: number;
  private readonly filter: EventFilter | undefined;
  private readonly scanWindow: number;

  constructor(
    private readonly reader: EventReader,
    private readonly signal: CommitSignal,
    from: { after: number; filter: EventFilter | undefined; scanWindow: number },
    private readonly onEnd: (subscription: LiveSubscription) => void,
  ) {
    this.after = from.after;
    this.filter = from.filter;
    this.scanWindow = from.scanWindow;
  }

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
      const read = this.fill();
      if (read === 'caught-up') await this.nextCommit();
      // A window with nothing for this filter: let the event loop run before scanning the next.
      else if (read === 'nothing-yet') await nextTurn();
    }
  }

  /** Reads the next page of at most one scan window. */
  private fill(): 'events' | 'nothing-yet' | 'caught-up' {
    const head = this.reader.headPosition();
    if (this.after >= head) return 'caught-up';
    const { events, scannedTo } = this.reader.scan(this.after, head, PAGE_SIZE, this.filter, this.scanWindow);
    this.buffer = events;
    this.index = 0;
    // Everything up to scannedTo was examined, filtered-out events included.
    this.after = Math.max(this.after, scannedTo);
    if (events.length > 0) return 'events';
    return this.after >= head ? 'caught-up' : 'nothing-yet';
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
