import { DuplicateEventId } from '../errors';
import type { RecordedEvent } from '../event-store.port';

/** What a read-back says about a batch: not there, or already appended (ending with `last`). */
export type PriorAppend = { found: false } | { found: true; last: RecordedEvent };

/**
 * Looks for a batch (its lower-cased event ids, in order) in `recorded`: a contiguous slice of one
 * stream in revision order — the slot an exact-revision append would have filled, or the stream's
 * tail. As in the SQLite store, the batch counts as appended when all its ids sit at consecutive
 * revisions in this order; any other sighting of one of its ids is a DuplicateEventId. A batch cut by
 * the slice's first edge lies beyond what was read, so it counts as not found.
 */
export function findPriorAppend(
  stream: string,
  eventIds: readonly string[],
  recorded: readonly RecordedEvent[],
): PriorAppend {
  const sliceStartsStream = recorded[0]?.revision === 0n;
  for (const [index, stored] of recorded.entries()) {
    const batchIndex = eventIds.indexOf(stored.eventId.toLowerCase());
    if (batchIndex < 0) continue;
    const start = index - batchIndex;
    if (start < 0 && !sliceStartsStream) return { found: false };
    const run = recorded.slice(Math.max(start, 0), start + eventIds.length);
    const isRetry =
      start >= 0 &&
      run.length === eventIds.length &&
      run.every((event, offset) => event.eventId.toLowerCase() === eventIds[offset]);
    const last = run[run.length - 1];
    if (isRetry && last !== undefined) return { found: true, last };
    throw new DuplicateEventId(stored.eventId, stream);
  }
  return { found: false };
}
