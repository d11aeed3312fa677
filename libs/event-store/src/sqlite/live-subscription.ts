import type { EventFilter } from '../event-store.port';
import { type PageRead, PagedSubscription } from '../paged-subscription';
import type { CommitSignal } from './commit-signal';
import type { EventReader } from './event-reader';
import { nextTurn } from './next-turn';

const PAGE_SIZE = 1000;

/** Catch-up, then live, over the SQLite log: pages of at most one scan window each. */
export class LiveSubscription extends PagedSubscription {
  private after: number;
  private readonly filter: EventFilter | undefined;
  private readonly scanWindow: number;

  constructor(
    private readonly reader: EventReader,
    signal: CommitSignal,
    from: { after: number; filter: EventFilter | undefined; scanWindow: number },
    onEnd: (subscription: LiveSubscription) => void,
  ) {
    super(signal, onEnd as (subscription: PagedSubscription) => void, nextTurn);
    this.after = from.after;
    this.filter = from.filter;
    this.scanWindow = from.scanWindow;
  }

  protected fill(): PageRead {
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
}
