import type { Pool } from 'pg';
import type { ReadByStreamOptions, StreamChunk } from '../event-store.port';
import { InvalidPosition } from '../position';
import { EVENT_COLUMNS, type EventRow, toRecordedEvent } from './event-rows';
import { checkedSchema } from './schema';

const STARTS_PER_PAGE = 500;
const EVENTS_PER_CHUNK = 1000;

interface StreamStart {
  stream: string;
  position: string;
}

/**
 * The log stream by stream, for rebuilds: streams in the order of their first event (the partial
 * index of revision-0 rows), each stream's events through its (stream, revision) index, all up to
 * `upTo`, so the read is a snapshot of the log as it was.
 */
export class PostgresStreamOrderReader {
  private readonly events: string;

  constructor(
    private readonly pool: Pool,
    schema: string,
  ) {
    this.events = `${checkedSchema(schema)}.events`;
  }

  async *read({ upTo, after, streamPrefixes }: ReadByStreamOptions): AsyncGenerator<StreamChunk> {
    const head = toNumber(upTo);
    const wanted = (stream: string) =>
      streamPrefixes === undefined || streamPrefixes.some((prefix) => stream.startsWith(prefix));
    let startedAfter = 0;
    if (after !== undefined) {
      startedAfter = toNumber(after.start);
      if (wanted(after.stream))
        yield* this.stream({ stream: after.stream, position: after.start }, Number(after.revision), head);
    }
    for (;;) {
      const { rows } = await this.pool.query<StreamStart>(
        `SELECT stream, position::text FROM ${this.events}
         WHERE revision = 0 AND position > $1 AND position <= $2 ORDER BY position LIMIT $3`,
        [startedAfter, head, STARTS_PER_PAGE],
      );
      for (const start of rows) if (wanted(start.stream)) yield* this.stream(start, -1, head);
      const last = rows[rows.length - 1];
      if (last === undefined || rows.length < STARTS_PER_PAGE) return;
      startedAfter = Number(last.position);
    }
  }

  private async *stream(
    start: StreamStart,
    afterRevision: number,
    head: number,
  ): AsyncGenerator<StreamChunk> {
    for (let revision = afterRevision; ;) {
      const { rows } = await this.pool.query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM ${this.events}
         WHERE stream = $1 AND revision > $2 AND position <= $3 ORDER BY revision LIMIT $4`,
        [start.stream, revision, head, EVENTS_PER_CHUNK],
      );
      const last = rows[rows.length - 1];
      if (last === undefined) return;
      yield { stream: start.stream, start: start.position, events: rows.map(toRecordedEvent) };
      if (rows.length < EVENTS_PER_CHUNK) return;
      revision = Number(last.revision);
    }
  }
}

function toNumber(position: string): number {
  if (!/^\d+$/.test(position)) throw new InvalidPosition(position);
  return Number(position);
}
