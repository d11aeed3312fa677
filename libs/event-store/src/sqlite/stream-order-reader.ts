import type Database from 'better-sqlite3';
import type { ReadByStreamOptions, StreamChunk } from '../event-store.port';
import { InvalidPosition } from '../position';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './event-rows';
import { nextTurn } from './next-turn';

/** Streams looked up per statement, and events per chunk. */
const STARTS_PER_PAGE = 500;
const EVENTS_PER_CHUNK = 1000;

interface StreamStart {
  stream: string;
  position: number;
}

/**
 * The log stream by stream, for rebuilds. Streams come in the order of their first event, found
 * through a partial index of revision-0 rows (one entry per stream); each stream's events come
 * through the (stream, revision) index. Both stop at `upTo`, so the read is a snapshot.
 */
export class StreamOrderReader {
  private readonly starts: Database.Statement<[number, number, number], StreamStart>;
  private readonly slice: Database.Statement<[string, number, number, number], EventRow>;

  constructor(db: Database.Database) {
    this.starts = db.prepare(
      `SELECT stream, position FROM events
       WHERE revision = 0 AND position > ? AND position <= ? ORDER BY position LIMIT ?`,
    );
    this.slice = db.prepare<[string, number, number, number], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events
       WHERE stream = ? AND revision > ? AND position <= ? ORDER BY revision LIMIT ?`,
    );
    this.slice.raw();
  }

  async *read({ upTo, after, streamPrefixes }: ReadByStreamOptions): AsyncGenerator<StreamChunk> {
    const head = toNumber(upTo);
    const wanted = (stream: string) =>
      streamPrefixes === undefined || streamPrefixes.some((prefix) => stream.startsWith(prefix));
    let startedAfter = 0;
    if (after !== undefined) {
      startedAfter = toNumber(after.start);
      // The stream the last read stopped in may have more events up to the head.
      if (wanted(after.stream))
        yield* this.stream({ stream: after.stream, position: startedAfter }, Number(after.revision), head);
    }
    for (;;) {
      const page = this.starts.all(startedAfter, head, STARTS_PER_PAGE);
      for (const start of page) if (wanted(start.stream)) yield* this.stream(start, -1, head);
      const last = page[page.length - 1];
      if (last === undefined || page.length < STARTS_PER_PAGE) return;
      startedAfter = last.position;
      // A prefix that matches few streams would otherwise walk every stream in one turn.
      await nextTurn();
    }
  }

  private *stream(start: StreamStart, afterRevision: number, head: number): Generator<StreamChunk> {
    for (let revision = afterRevision; ;) {
      const rows = this.slice.all(start.stream, revision, head, EVENTS_PER_CHUNK);
      const last = rows[rows.length - 1];
      if (last === undefined) return;
      yield { stream: start.stream, start: String(start.position), events: rows.map(toRecordedEvent) };
      if (rows.length < EVENTS_PER_CHUNK) return;
      revision = last[2];
    }
  }
}

function toNumber(position: string): number {
  if (!/^\d+$/.test(position)) throw new InvalidPosition(position);
  return Number(position);
}
