import { comparePositions, type EventStore, type Position } from '@ledger/event-store';

/** Beyond this many events a lag over opaque positions is reported as "at least". */
export const LAG_COUNT_LIMIT = 10_000;

export interface Lag {
  /** Events in the log after the checkpoint. */
  events: number;
  /** False when `events` is a lower bound (opaque positions, more than LAG_COUNT_LIMIT behind). */
  exact: boolean;
  /** Age of the oldest event not yet applied; 0 when caught up. */
  seconds: number;
}

const CAUGHT_UP: Lag = { events: 0, exact: true, seconds: 0 };

// The SQLite store's positions are its gap-free global sequence, so a difference counts events.
const SEQUENCE = /^\d+$/;

export async function lagOf(
  store: EventStore,
  checkpoint: Position | null,
  head: Position | null,
  now: Date,
): Promise<Lag> {
  if (head === null || (checkpoint !== null && comparePositions(checkpoint, head) >= 0)) return CAUGHT_UP;
  const from = checkpoint ?? 'start';
  let oldest: string | undefined;
  for await (const event of store.readAll({ from, maxCount: 1 })) oldest = event.metadata.recordedAt;
  const seconds = oldest === undefined ? 0 : Math.max(0, (now.getTime() - Date.parse(oldest)) / 1000);
  if (SEQUENCE.test(head) && (checkpoint === null || SEQUENCE.test(checkpoint))) {
    return { events: Number(BigInt(head) - BigInt(checkpoint ?? '0')), exact: true, seconds };
  }
  let events = 0;
  for await (const event of store.readAll({ from, maxCount: LAG_COUNT_LIMIT })) {
    if (comparePositions(event.position, head) > 0) break;
    events++;
  }
  return { events, exact: events < LAG_COUNT_LIMIT, seconds };
}
