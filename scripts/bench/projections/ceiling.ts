import Database from 'better-sqlite3';
// The adapter's own row shape and column list: the ceiling reads exactly what readAll reads.
import { EVENT_COLUMNS, type EventRow } from '../../../libs/event-store/src/sqlite/event-rows';

/**
 * The ceiling: better-sqlite3 reading every row of the events table in position order and
 * JSON.parse of its data and metadata — what any reader of the log must do, and nothing else.
 * Returns events per second.
 */
export function measureCeiling(eventsFile: string): { events: number; perSecond: number } {
  const db = new Database(eventsFile, { readonly: true });
  try {
    const rows = db.prepare<[], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events ORDER BY position`).raw(true);
    const started = process.hrtime.bigint();
    let events = 0;
    let check = 0;
    for (const row of rows.iterate()) {
      const data = JSON.parse(row[5]) as object;
      const metadata = JSON.parse(row[6]) as object;
      // Keep the parsed values observable so the work cannot be optimised away.
      if (data !== metadata) check++;
      events++;
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (check !== events) throw new Error('unreachable');
    return { events, perSecond: events / seconds };
  } finally {
    db.close();
  }
}
