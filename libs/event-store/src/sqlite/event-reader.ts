import type Database from 'better-sqlite3';
import type { EventFilter, ReadStreamOptions, RecordedEvent } from '../event-store.port';
import { InvalidPosition, type From } from '../position';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './event-rows';

type PageArgs = (string | number)[];

/** Synchronous reads over the events table: global pages for readAll and subscriptions, and streams. */
export class EventReader {
  private readonly pageStatements = new Map<string, Database.Statement<PageArgs, EventRow>>();
  private readonly forwards: Database.Statement<[string, number, number], EventRow>;
  private readonly backwards: Database.Statement<[string, number, number], EventRow>;
  /** Without LIMIT: a command's tail read (no maxCount) runs about 4× faster than with `LIMIT -1` (measured). */
  private readonly forwardsAll: Database.Statement<[string, number], EventRow>;
  private readonly head: Database.Statement<[], number | null>;

  constructor(private readonly db: Database.Database) {
    const byStream = `SELECT ${EVENT_COLUMNS} FROM events WHERE stream = ?`;
    this.forwards = db.prepare<[string, number, number], EventRow>(
      `${byStream} AND revision >= ? ORDER BY revision LIMIT ?`,
    );
    this.forwards.raw();
    this.backwards = db.prepare<[string, number, number], EventRow>(
      `${byStream} AND revision <= ? ORDER BY revision DESC LIMIT ?`,
    );
    this.backwards.raw();
    this.forwardsAll = db.prepare<[string, number], EventRow>(
      `${byStream} AND revision >= ? ORDER BY revision`,
    );
    this.forwardsAll.raw();
    this.head = db.prepare<[], number | null>('SELECT max(position) FROM events').pluck();
  }

  /** The newest position, 0 when the log is empty. */
  headPosition(): number {
    return this.head.get() ?? 0;
  }

  /** Resolves where a read starts: 'start' is before position 1, 'end' is after the current head. */
  after(from: From | undefined): number {
    if (from === undefined || from === 'start') return 0;
    if (from === 'end') return this.headPosition();
    if (!/^\d+$/.test(from)) throw new InvalidPosition(from);
    return Number(from);
  }

  /**
   * A filtered page that examines at most `window` positions: a filter matching rare events (an
   * erasure request, one event type) would otherwise scan the whole log in one synchronous
   * statement (about 0.7 s over a million events) while the api stands still. `scannedTo` is where
   * the next read starts; below the head, an empty page does not mean the reader has caught up.
   */
  scan(
    after: number,
    upTo: number,
    limit: number,
    filter: EventFilter | undefined,
    window: number,
  ): { events: RecordedEvent[]; scannedTo: number } {
    const end = filter === undefined ? upTo : Math.min(upTo, after + window);
    const events = this.page(after, end, limit, filter);
    const last = events[events.length - 1];
    return { events, scannedTo: events.length === limit && last ? Number(last.position) : end };
  }

  /** Up to `limit` events with after < position <= upTo that pass the filter, in position order. */
  page(after: number, upTo: number, limit: number, filter?: EventFilter): RecordedEvent[] {
    const prefixes = filter?.streamPrefixes ?? [];
    const types = filter?.eventTypes ?? [];
    const rows = this.pageStatement(prefixes.length, types.length).all(
      after,
      upTo,
      ...prefixes,
      ...types,
      limit,
    );
    return rows.map(toRecordedEvent);
  }

  readStream(stream: string, options: ReadStreamOptions = {}): RecordedEvent[] {
    const limit = options.maxCount ?? -1;
    if (options.maxCount !== undefined && (!Number.isInteger(limit) || limit < 0)) {
      throw new RangeError(`maxCount must be a whole number of events, got ${options.maxCount}`);
    }
    if (limit === 0) return [];
    const rows =
      options.direction === 'backwards'
        ? this.backwards.all(stream, toRevision(options.fromRevision, Number.MAX_SAFE_INTEGER), limit)
        : limit < 0
          ? this.forwardsAll.all(stream, toRevision(options.fromRevision, 0))
          : this.forwards.all(stream, toRevision(options.fromRevision, 0), limit);
    return rows.map(toRecordedEvent);
  }

  /** One statement per filter shape (how many prefixes, how many types), prepared once. */
  private pageStatement(prefixCount: number, typeCount: number): Database.Statement<PageArgs, EventRow> {
    const key = `${prefixCount}:${typeCount}`;
    let statement = this.pageStatements.get(key);
    if (!statement) {
      // instr(stream, p) = 1 is an exact, case-sensitive prefix test, unlike LIKE with its wildcards.
      const prefixTest = Array.from({ length: prefixCount }, () => 'instr(stream, ?) = 1').join(' OR ');
      const typeTest = `type IN (${Array.from({ length: typeCount }, () => '?').join(', ')})`;
      const where = ['position > ? AND position <= ?'];
      if (prefixCount > 0) where.push(`(${prefixTest})`);
      if (typeCount > 0) where.push(typeTest);
      statement = this.db.prepare<PageArgs, EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE ${where.join(' AND ')} ORDER BY position LIMIT ?`,
      );
      statement.raw();
      this.pageStatements.set(key, statement);
    }
    return statement;
  }
}

function toRevision(revision: bigint | undefined, fallback: number): number {
  if (revision === undefined) return fallback;
  return revision < 0n ? -1 : Number(revision);
}
