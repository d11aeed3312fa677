import { comparePositions, type Position, type RecordedEvent } from '@ledger/event-store';
import type { DocumentWrite, ReadDocument, ReadStore } from '@ledger/read-store';

/** Parked streams of every projection build, one document per build and stream. */
export const PARKED_COLLECTION = 'projection_parked';

/** A stream the projection stopped applying at an event its fold could not handle. */
export interface ParkedStream {
  stream: string;
  /** The event that failed. */
  position: Position;
  eventId: string;
  type: string;
  /** Its revision in the stream (decimal), where a retry starts reading. */
  revision: string;
  error: string;
  parkedAt: string;
  /** Later events of the stream, held back with it so the stream's order is kept. */
  heldEvents: number;
  lastHeldPosition: Position | null;
}

interface ParkedDocument extends ReadDocument, ParkedStream {
  build: string;
}

export function parkedAt(event: RecordedEvent, error: unknown, now: string): ParkedStream {
  return {
    stream: event.stream,
    position: event.position,
    eventId: event.eventId,
    type: event.type,
    revision: event.revision.toString(),
    error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    parkedAt: now,
    heldEvents: 0,
    lastHeldPosition: null,
  };
}

export function held(parked: ParkedStream, event: RecordedEvent): ParkedStream {
  return { ...parked, heldEvents: parked.heldEvents + 1, lastHeldPosition: event.position };
}

export async function loadParked(store: ReadStore, build: string): Promise<Map<string, ParkedStream>> {
  const documents = await store.find<ParkedDocument>(PARKED_COLLECTION, { build });
  return new Map(documents.map(({ _id: _, build: __, ...parked }) => [parked.stream, parked]));
}

/** Parked streams in log order, as status lists them. */
export function inLogOrder(parked: Iterable<ParkedStream>): ParkedStream[] {
  return [...parked].sort((a, b) => comparePositions(a.position, b.position));
}

/** The write that records a parked stream, or (null) removes it once it is unparked. */
export function parkedWrite(build: string, stream: string, parked: ParkedStream | null): DocumentWrite {
  const id = `${build}|${stream}`;
  const document: ParkedDocument | null = parked === null ? null : { _id: id, build, ...parked };
  return { collection: PARKED_COLLECTION, id, document };
}
