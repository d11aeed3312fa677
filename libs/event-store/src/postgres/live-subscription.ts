import type { EventFilter } from '../event-store.port';
import { type PageRead, PagedSubscription } from '../paged-subscription';
import type { CommitSignal } from '../sqlite/commit-signal';
import type { PostgresEventReader } from './event-reader';

const PAGE_SIZE = 1000;

/** Catch-up, then live, over the PostgreSQL log; commits of every process wake it (CommitListener). */
export class PostgresLiveSubscription extends PagedSubscription {
  private after: number | undefined;

  constructor(
    private readonly reader: PostgresEventReader,
    signal: CommitSignal,
    private readonly from: Promise<number>,
    private readonly filter: EventFilter | undefined,
    onEnd: (subscription: PostgresLiveSubscription) => void,
  ) {
    super(signal, onEnd as (subscription: PagedSubscription) => void, () => Promise.resolve());
    // Resolved now, so 'end' means the head when subscribing, not when the consumer first asks.
    from.catch(() => undefined);
  }

  protected async fill(): Promise<PageRead> {
    const after = (this.after ??= await this.from);
    const head = await this.reader.headPosition();
    if (after >= head || this.ended) return 'caught-up';
    const events = await this.reader.page(after, head, PAGE_SIZE, this.filter);
    this.buffer = events;
    this.index = 0;
    const last = events[events.length - 1];
    // A short page examined everything up to the head, filtered-out events included.
    this.after = events.length === PAGE_SIZE && last ? Number(last.position) : head;
    return events.length > 0 ? 'events' : 'caught-up';
  }
}
