import type { Pool } from 'pg';
import type { EventFilter, ReadStreamOptions, RecordedEvent } from '../event-store.port';
import { type From, InvalidPosition } from '../position';
import { EVENT_COLUMNS, type EventRow, toRecordedEvent } from './event-rows';
import { checkedSchema } from './schema';

/** Reads over the events table: global pages for readAll and subscriptions, and single streams. */
export class PostgresEventReader {
  private readonly events: string;

  constructor(
    private readonly pool: Pool,
    schema: string,
  ) {
    this.events = `${checkedSchema(schema)}.events`;
  }

  /** The newest position, 0 when the log is empty. */
  async headPosition(): Promise<number> {
    const { rows } = await this.pool.query<{ head: string | null }>(
      `SELECT max(position)::text AS head FROM ${this.events}`,
    );
    return Number(rows[0]?.head ?? 0);
  }

  /** Resolves where a read starts: 'start' is before position 1, 'end' is after the current head. */
  async after(from: From | undefined): Promise<number> {
    if (from === undefined || from === 'start') return 0;
    if (from === 'end') return this.headPosition();
    if (!/^\d+$/.test(from)) throw new InvalidPosition(from);
    return Number(from);
  }

  /**
   * Up to `limit` events with after < position <= upTo that pass the filter, in position order. Every
   * position up to `upTo` is committed (positions are assigned under the log lock, in commit order),
   * so a page never skips an event that becomes visible later.
   */
  async page(after: number, upTo: number, limit: number, filter?: EventFilter): Promise<RecordedEvent[]> {
    const where = ['position > $1', 'position <= $2'];
    const values: unknown[] = [after, upTo];
    const prefixes = filter?.streamPrefixes ?? [];
    const types = filter?.eventTypes ?? [];
    if (prefixes.length > 0) {
      values.push(prefixes);
      // starts_with is an exact prefix test, unlike LIKE with its '_' and '%' wildcards.
      where.push(`EXISTS (SELECT 1 FROM unnest($${values.length}::text[]) p WHERE starts_with(stream, p))`);
    }
    if (types.length > 0) {
      values.push(types);
      where.push(`type = ANY($${values.length}::text[])`);
    }
    values.push(limit);
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM ${this.events} WHERE ${where.join(' AND ')}
       ORDER BY position LIMIT $${values.length}`,
      values,
    );
    return rows.map(toRecordedEvent);
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const limit = options.maxCount;
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
      throw new RangeError(`maxCount must be a whole number of events, got ${options.maxCount}`);
    }
    if (limit === 0) return [];
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision;
    const revision = from === undefined ? (backwards ? null : 0) : from < 0n ? -1 : Number(from);
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM ${this.events}
       WHERE stream = $1 AND ($2::bigint IS NULL OR revision ${backwards ? '<=' : '>='} $2)
       ORDER BY revision ${backwards ? 'DESC' : 'ASC'} LIMIT $3`,
      [stream, revision, limit ?? null],
    );
    return rows.map(toRecordedEvent);
  }
}
