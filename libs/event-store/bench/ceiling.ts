import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { openEventDatabase } from '../src/sqlite/schema';
import { contactLogged } from './bench-events';

export interface CeilingShape {
  /** 100 for the ceiling; 64 shows the most one commit of 64 single-event appends can hold. */
  rowsPerTransaction: number;
  /** Also write each row's stream head, as every append must. */
  withHeads: boolean;
}

/**
 * The ceiling: better-sqlite3 inserting ready-made event rows into the store's schema, 100 rows per
 * transaction, WAL + synchronous=FULL. No validation, hashing, expected-revision checks or promises:
 * only database work.
 */
export class Ceiling {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<[string, number, string, string, string, string]>;
  private readonly setHead: Database.Statement<[string, number, string]>;
  private readonly data: string;
  private readonly metadata: string;
  private round = 0;

  constructor(
    file: string,
    private readonly shape: CeilingShape = { rowsPerTransaction: 100, withHeads: false },
  ) {
    this.db = openEventDatabase(file);
    this.insert = this.db.prepare(
      'INSERT INTO events (stream, revision, event_id, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.setHead = this.db.prepare(
      'INSERT INTO streams (stream, revision, hash) VALUES (?, ?, ?) ' +
        'ON CONFLICT (stream) DO UPDATE SET revision = excluded.revision, hash = excluded.hash',
    );
    const sample = contactLogged(0, 0);
    this.data = JSON.stringify(sample.data);
    // As long as the metadata the store writes: the caller's fields plus recordedAt and two hashes.
    const stored = { ...sample.metadata, recordedAt: new Date().toISOString(), prevHash: 'f'.repeat(64) };
    this.metadata = JSON.stringify({ ...stored, hash: 'e'.repeat(64) });
  }

  /** Inserts `events` rows spread over 64 streams; returns events per second. */
  measure(events: number): number {
    this.round += 1;
    const rows = Array.from({ length: events }, (_, index) => ({
      stream: `ceiling-${this.round}-${index % 64}`,
      revision: Math.floor(index / 64),
      eventId: randomUUID(),
    }));
    const hash = 'e'.repeat(64);
    const insertMany = this.db.transaction((from: number) => {
      for (let index = from; index < from + this.shape.rowsPerTransaction && index < events; index += 1) {
        const row = rows[index]!;
        this.insert.run(row.stream, row.revision, row.eventId, 'ContactLogged', this.data, this.metadata);
        if (this.shape.withHeads) this.setHead.run(row.stream, row.revision, hash);
      }
    });
    const started = process.hrtime.bigint();
    for (let from = 0; from < events; from += this.shape.rowsPerTransaction) insertMany(from);
    checkpoint(this.db);
    return events / (Number(process.hrtime.bigint() - started) / 1e9);
  }

  close(): void {
    this.db.close();
  }
}

/**
 * Copies what the round left in the WAL into the database file, inside the round's timing: every
 * contender's round ends with its rows in the file, so none leaves a checkpoint for later unpaid.
 */
export function checkpoint(db: Database.Database): void {
  db.pragma('wal_checkpoint(PASSIVE)');
}
