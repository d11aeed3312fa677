import type { Pool } from 'pg';
import type { ReadByStreamOptions, StreamChunk } from '../event-store.port';
import { InvalidPosition } from '../position';
import { EVENT_COLUMNS, type EventRow, toRecordedEvent } from './event-rows';
import { checkedSchema } from './schema';

const STARTS_PER_PAGE = 500;
/** Rows per query: a page of streams comes in one round trip, or in a few when its streams are long. */
const ROWS_PER_QUERY = 10_000;
const EVENTS_PER_CHUNK = 1000;

interface StreamStart {
  stream: string;
  position: string;
}

type OrderedRow = EventRow & { ord: string };

/**
 * The log stream by stream, for rebuilds: streams in the order of their first event (the partial
 * index of revision-0 rows), all up to `upTo`, so the read is a snapshot of the log as it was. The
 * events of a page of 500 streams come in one query, in (stream order, revision) order, continued
 * by keyset when it holds more than 10,000 rows: one round trip per stream would cost a rebuild of
 * a large book one network wait per customer.
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
      // The stream the last read stopped in may have more events up to the head.
      if (wanted(after.stream))
        yield* this.page([{ stream: after.stream, position: after.start }], Number(after.revision), head);
    }
    for (;;) {
      // bigint arrives as a decimal string; a `position::text` column would make ORDER BY sort text.
      const { rows } = await this.pool.query<StreamStart>(
        `SELECT stream, position FROM ${this.events}
         WHERE revision = 0 AND position > $1 AND position <= $2 ORDER BY position LIMIT $3`,
        [startedAfter, head, STARTS_PER_PAGE],
      );
      const starts = rows.filter((start) => wanted(start.stream));
      if (starts.length > 0) yield* this.page(starts, -1, head);
      const last = rows[rows.length - 1];
      if (last === undefined || rows.length < STARTS_PER_PAGE) return;
      startedAfter = Number(last.position);
    }
  }

  /** The events of `starts` (the first of them after `afterRevision`), as chunks of one stream each. */
  private async *page(
    starts: StreamStart[],
    afterRevision: number,
    head: number,
  ): AsyncGenerator<StreamChunk> {
    let from = { ord: 1, revision: afterRevision };
    let chunk: StreamChunk | undefined;
    for (;;) {
      const { rows } = await this.pool.query<OrderedRow>(
        `SELECT ${EVENT_COLUMNS.split(', ')
          .map((column) => `e.${column}`)
          .join(', ')}, s.ord
         FROM unnest($1::text[]) WITH ORDINALITY AS s(stream, ord)
         JOIN ${this.events} e ON e.stream = s.stream
         WHERE e.position <= $2 AND (s.ord, e.revision) > ($3::bigint, $4::bigint)
         ORDER BY s.ord, e.revision LIMIT $5`,
        [starts.map((start) => start.stream), head, from.ord, from.revision, ROWS_PER_QUERY],
      );
      for (const row of rows) {
        if (
          chunk !== undefined &&
          (chunk.stream !== row.stream || chunk.events.length === EVENTS_PER_CHUNK)
        ) {
          yield chunk;
          chunk = undefined;
        }
        const start = starts[Number(row.ord) - 1] as StreamStart;
        chunk ??= { stream: row.stream, start: start.position, events: [] };
        chunk.events.push(toRecordedEvent(row));
      }
      const last = rows[rows.length - 1];
      if (last === undefined || rows.length < ROWS_PER_QUERY) break;
      from = { ord: Number(last.ord), revision: Number(last.revision) };
    }
    if (chunk !== undefined) yield chunk;
  }
}

function toNumber(position: string): number {
  if (!/^\d+$/.test(position)) throw new InvalidPosition(position);
  return Number(position);
}
