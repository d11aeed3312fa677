import type { EventFilter, RecordedEvent } from '../event-store.port';
import type { CommitSignal } from '../sqlite/commit-signal';
import type { PostgresEventReader } from './event-reader';

const PAGE_SIZE = 1000;
const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * Catch-up, then live: pages through the log after a position and, once caught up, waits for the
 * next commit of any process (CommitListener). `return()` ends it at once, even while it waits.
 */
export class PostgresLiveSubscription implements AsyncIterableIterator<RecordedEvent> {
  private buffer: RecordedEvent[] = [];
  private index = 0;
  private ended = false;
  private stopWaiting: (() => void) | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private after: number | undefined;

  constructor(
    private readonly reader: PostgresEventReader,
    private readonly signal: CommitSignal,
    private readonly from: Promise<number>,
    private readonly filter: EventFilter | undefined,
    private readonly onEnd: (subscription: PostgresLiveSubscription) => void,
  ) {
    // Resolved now, so 'end' means the head when subscribing, not when the consumer first asks.
    from.catch(() => undefined);
  }

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
    this.after ??= await this.from;
    for (;;) {
      if (this.ended) return DONE;
      const event = this.buffer[this.index];
      if (event !== undefined) {
        this.index += 1;
        return { done: false, value: event };
      }
      // Armed before reading, so a commit landing between the read and the wait is not slept through.
      const committed = this.nextCommit();
      if (!(await this.fill())) await committed;
      else this.stopWaiting?.();
    }
  }

  private async fill(): Promise<boolean> {
    const after = this.after as number;
    const head = await this.reader.headPosition();
    if (after >= head || this.ended) return false;
    const events = await this.reader.page(after, head, PAGE_SIZE, this.filter);
    this.buffer = events;
    this.index = 0;
    const last = events[events.length - 1];
    // A short page examined everything up to the head, filtered-out events included.
    this.after = events.length === PAGE_SIZE && last ? Number(last.position) : head;
    return events.length > 0;
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
