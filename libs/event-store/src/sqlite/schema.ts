import Database from 'better-sqlite3';

/**
 * One row per event. `position` is the INTEGER PRIMARY KEY: SQLite has a single writer and assigns
 * max + 1, so positions are gap-free and in commit order (a rolled-back insert leaves no hole).
 * `streams` holds each stream's head so an append checks its expected revision with one lookup
 * and extends the hash chain without reading the last event.
 */
export const EVENT_SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    position INTEGER PRIMARY KEY,
    stream   TEXT    NOT NULL,
    revision INTEGER NOT NULL,
    event_id TEXT    NOT NULL UNIQUE,
    type     TEXT    NOT NULL,
    data     TEXT    NOT NULL,
    metadata TEXT    NOT NULL,
    UNIQUE (stream, revision)
  );
  CREATE TABLE IF NOT EXISTS streams (
    stream   TEXT    PRIMARY KEY,
    revision INTEGER NOT NULL,
    hash     TEXT    NOT NULL
  ) WITHOUT ROWID;
  -- One entry per stream, in the order streams were created: a rebuild reads the log stream by stream.
  CREATE INDEX IF NOT EXISTS events_stream_starts ON events (position) WHERE revision = 0;
`;

/** Opens (or creates) the event log. ':memory:' gives a private in-memory store for tests. */
export function openEventDatabase(file: string): Database.Database {
  const db = new Database(file);
  // WAL lets reads run beside the writer; FULL makes every commit survive power loss, not just a crash.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  // 64 MiB of pages instead of 2: a rebuild reads stream by stream, all over the file (ADR 0032).
  db.pragma('cache_size = -65536');
  db.exec(EVENT_SCHEMA);
  return db;
}
