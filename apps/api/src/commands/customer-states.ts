import type { AppendResult, EventStore, RecordedEvent } from '@ledger/event-store';
import {
  type CustomerEvent,
  customerEventOf,
  type CustomerState,
  evolveAll,
  initialState,
  isOnboarded,
} from '@ledger/domain';
import type { FoldedCustomer, FoldedCustomerCache } from './folded-customer.cache';

const NO_STREAM: FoldedCustomer = { revision: -1n, position: '0', state: initialState() };

/**
 * The state a command decides on. Folded states are cached per stream, so a command reads and
 * decrypts only the events recorded after the revision it holds. Safe because the handler appends
 * at exactly that revision: whatever another writer recorded meanwhile is either read here or
 * turns the append into a conflict, after which the stream is replayed whole.
 *
 * Personal data: the state keeps the identity fields (name, id number, phone, e-mail, birth date)
 * as decrypted. A data key is destroyed only for an erasure request on record (ErasureService), so
 * while a customer has none its key cannot be gone. From the request on the state is neither cached
 * nor taken from the cache: the command replays the stream exactly as without a cache, and reads
 * '[erased]' wherever the key was destroyed.
 */
export class CustomerStates {
  constructor(
    private readonly store: EventStore,
    private readonly cache: FoldedCustomerCache,
  ) {}

  async current(stream: string): Promise<FoldedCustomer> {
    const cached = this.cache.get(stream);
    if (cached !== undefined) {
      const recorded = await this.store.readStream(stream, { fromRevision: cached.revision + 1n });
      const folded = foldOn(cached, recorded);
      if (!erasureOnRecord(folded.state)) {
        if (recorded.length > 0) this.cache.remember(stream, folded);
        return folded;
      }
    }
    return this.replayed(stream, await this.store.readStream(stream));
  }

  /** The whole stream, folded (a keyed request reads it all to look for its earlier answer). */
  replayed(stream: string, history: readonly RecordedEvent[]): FoldedCustomer {
    const folded = foldOn(NO_STREAM, history);
    this.keep(stream, folded);
    return folded;
  }

  /** After `events` were appended at `before.revision`: the stream's new state, for the next command. */
  appended(
    stream: string,
    before: FoldedCustomer,
    events: readonly CustomerEvent[],
    result: AppendResult,
  ): void {
    // Only a clean append is folded on; anything else (an idempotent re-append) is replayed next time.
    if (result.nextRevision !== before.revision + BigInt(events.length)) return this.forget(stream);
    const state = evolveAll(events, before.state);
    this.keep(stream, { revision: result.nextRevision, position: result.position, state });
  }

  forget(stream: string): void {
    this.cache.forget(stream);
  }

  private keep(stream: string, folded: FoldedCustomer): void {
    if (folded.revision < 0n || erasureOnRecord(folded.state)) this.cache.forget(stream);
    else this.cache.remember(stream, folded);
  }
}

function foldOn(from: FoldedCustomer, recorded: readonly RecordedEvent[]): FoldedCustomer {
  const last = recorded.at(-1);
  if (last === undefined) return from;
  const events = recorded.flatMap((event) => customerEventOf(event) ?? []);
  return { revision: last.revision, position: last.position, state: evolveAll(events, from.state) };
}

function erasureOnRecord(state: CustomerState): boolean {
  return isOnboarded(state) && state.erasure !== null;
}
