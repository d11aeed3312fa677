import type { Pool } from 'pg';

/** A schema name we may interpolate into DDL: lower-case letters, digits and '_', not starting with a digit. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function checkedSchema(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`"${schema}" is not a usable PostgreSQL schema name`);
  return schema;
}

/**
 * One row per event, as the SQLite store keeps them. `position` is assigned by the appender under
 * the log lock (max + 1), never by a sequence: a sequence hands out numbers at insert time, so a
 * transaction that commits later could hold a lower position than one a subscriber already read
 * (ADR 0021). Data and metadata are kept as the exact JSON text the hash chain was computed over.
 * `streams` holds each stream's head, so an append checks its expected revision with one lookup.
 */
export function eventSchema(schema: string): string {
  const s = checkedSchema(schema);
  return `
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.events (
      position bigint PRIMARY KEY,
      stream   text   NOT NULL,
      revision bigint NOT NULL,
      event_id uuid   NOT NULL UNIQUE,
      type     text   NOT NULL,
      data     text   NOT NULL,
      metadata text   NOT NULL,
      UNIQUE (stream, revision)
    );
    CREATE TABLE IF NOT EXISTS ${s}.streams (
      stream   text   PRIMARY KEY,
      revision bigint NOT NULL,
      hash     text   NOT NULL
    );
    -- One entry per stream, in creation order: a rebuild reads the log stream by stream.
    CREATE INDEX IF NOT EXISTS events_stream_starts ON ${s}.events (position) WHERE revision = 0;
    -- Filtered reads of rare types (erasure requests, anchors) without walking the whole log.
    CREATE INDEX IF NOT EXISTS events_type_position ON ${s}.events (type, position);
  `;
}

/** Creates the tables once; concurrent starts of several processes serialise on an advisory lock. */
export async function createEventSchema(pool: Pool, schema: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ledger-schema:${schema}`]);
    await client.query(eventSchema(schema));
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The NOTIFY channel commits of this schema's log are announced on. */
export function commitChannel(schema: string): string {
  return `ledger_events_${checkedSchema(schema)}`;
}
