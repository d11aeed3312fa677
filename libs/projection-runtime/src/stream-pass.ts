import {
  comparePositions,
  type Position,
  type RecordedEvent,
  type StreamChunk,
  type StreamOrderCursor,
} from '@ledger/event-store';
import type { DocumentWrite, ReadDocument, ReadStore } from '@ledger/read-store';
import type { StreamPassStatus } from './projection-status';

/** Progress of builds folding the log stream by stream, one document per build. */
export const STREAM_PASS_COLLECTION = 'projection_stream_pass';

/**
 * A build's first pass over the log, stream by stream up to `head` (the log's head when it began).
 * It commits `folded` with its documents instead of a checkpoint; once through, the build's
 * checkpoint becomes `head` and it goes on in log order from there.
 */
export interface StreamPass {
  /** Null until the pump starts the pass and reads the head. */
  head: Position | null;
  /** The last event folded; null before the first. */
  folded: StreamOrderCursor | null;
  /** Events folded so far (a rebuild's progress), kept with the pass so a resumed one counts on. */
  eventsFolded: number;
}

interface PassDocument extends ReadDocument {
  head: Position;
  stream: string | null;
  start: Position | null;
  revision: string | null;
  eventsFolded?: number;
}

export async function loadPass(store: ReadStore, build: string): Promise<StreamPass | null> {
  const stored = await store.findOne<PassDocument>(STREAM_PASS_COLLECTION, { _id: build });
  if (stored === null) return null;
  const { head, stream, start, revision, eventsFolded = 0 } = stored;
  const folded =
    stream === null || start === null || revision === null
      ? null
      : { stream, start, revision: BigInt(revision) };
  return { head, folded, eventsFolded };
}

/** The write that stores a pass's progress, or (null) removes it once the pass is through. */
export function passWrite(build: string, pass: StreamPass | null): DocumentWrite {
  if (pass === null || pass.head === null)
    return { collection: STREAM_PASS_COLLECTION, id: build, document: null };
  const { head, folded, eventsFolded } = pass;
  const document: PassDocument = {
    _id: build,
    head,
    stream: folded?.stream ?? null,
    start: folded?.start ?? null,
    revision: folded?.revision.toString() ?? null,
    eventsFolded,
  };
  return { collection: STREAM_PASS_COLLECTION, id: build, document };
}

/** How status shows a pass: its head, the stream it was in, and how many events it has folded. */
export function passStatus(pass: StreamPass | null): StreamPassStatus | null {
  if (pass === null) return null;
  return { head: pass.head, stream: pass.folded?.stream ?? null, eventsFolded: pass.eventsFolded };
}

/** Negative when cursor a comes before b in a stream-ordered read. */
export function compareCursors(a: StreamOrderCursor, b: StreamOrderCursor): number {
  const byStart = comparePositions(a.start, b.start);
  if (byStart !== 0) return byStart;
  return a.revision < b.revision ? -1 : a.revision > b.revision ? 1 : 0;
}

/**
 * The events of these chunks strictly after `folded` and at or before `head`, in read order. Compared
 * once per chunk where that suffices: positions rise within a stream, and a chunk holds one stream.
 */
export function eventsAfter(
  chunks: readonly StreamChunk[],
  folded: StreamOrderCursor | null,
  head: Position,
): { events: RecordedEvent[]; last: StreamOrderCursor | null } {
  const events: RecordedEvent[] = [];
  let last: StreamOrderCursor | null = null;
  for (const { stream, start, events: chunkEvents } of chunks) {
    const byStart = folded === null ? 1 : comparePositions(start, folded.start);
    if (byStart < 0) continue;
    const lastEvent = chunkEvents[chunkEvents.length - 1];
    const allUpToHead = lastEvent !== undefined && comparePositions(lastEvent.position, head) <= 0;
    let kept: RecordedEvent | undefined;
    for (const event of chunkEvents) {
      if (byStart === 0 && folded !== null && event.revision <= folded.revision) continue;
      if (!allUpToHead && comparePositions(event.position, head) > 0) continue;
      events.push(event);
      kept = event;
    }
    if (kept !== undefined) last = { stream, start, revision: kept.revision };
  }
  return { events, last };
}

/** Whether a stream's event has been through the pass (for a retry during it). */
export function passedThrough(pass: StreamPass, event: RecordedEvent): boolean {
  if (pass.head === null || pass.folded === null || comparePositions(event.position, pass.head) > 0)
    return false;
  // Streams come whole, one after another: a stream other than the current one is done.
  return event.stream !== pass.folded.stream || event.revision <= pass.folded.revision;
}
