import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { DEFAULT_POLICIES } from '@ledger/domain';
import {
  type EventToAppend,
  PostgresEventStore,
  type RecordedEvent,
  SqliteEventStore,
} from '@ledger/event-store';
import {
  blindIndexKeyOf,
  DEVELOPMENT_MASTER_KEY,
  EncryptingEventStore,
  masterKeyFrom,
  PostgresKeyStore,
  SealingReadStore,
} from '@ledger/personal-data';
import { ProjectionRuntime } from '@ledger/projection-runtime';
import { PostgresReadStore } from '@ledger/read-store';
import { allProjections } from '../../projections';
import { ensureDataset } from './projections/dataset';

const CUSTOMERS = Number(process.env['BENCH_PG_CUSTOMERS'] ?? 10_000);
const URL =
  process.env['PG_BENCH_URL'] ??
  process.env['PG_TEST_URL'] ??
  'postgresql://postgres@localhost/test?host=/var/run/postgresql';
const count = (n: number) => Math.round(n).toLocaleString('en-US');
const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;
const STORE_FIELDS = new Set(['recordedAt', 'hashVersion', 'prevHash', 'hash']);

/** The seeded log, sealed as generated, appended into PostgreSQL stream by stream; the data keys copied beside it. */
async function copyLog(
  eventsFile: string,
  log: PostgresEventStore,
  schema: string,
  client: Client,
): Promise<number> {
  const source = new SqliteEventStore(eventsFile);
  let copied = 0;
  const pending: Promise<unknown>[] = [];
  let run: { stream: string; events: EventToAppend[] } | undefined;
  const flush = () => {
    if (run) pending.push(log.append(run.stream, run.events, { streamState: 'any' }));
    run = undefined;
  };
  const asAppend = (event: RecordedEvent): EventToAppend => ({
    eventId: event.eventId,
    type: event.type,
    data: event.data,
    metadata: Object.fromEntries(Object.entries(event.metadata).filter(([key]) => !STORE_FIELDS.has(key))),
  });
  for await (const event of source.readAll()) {
    if (run?.stream !== event.stream) flush();
    run ??= { stream: event.stream, events: [] };
    run.events.push(asAppend(event));
    copied += 1;
    if (pending.length >= 256) await Promise.all(pending.splice(0));
  }
  flush();
  await Promise.all(pending);
  await source.close();
  const keys = new Database(eventsFile, { readonly: true }).prepare('SELECT * FROM data_keys').all() as {
    customer_id: string;
    key_id: string | null;
    master_key_id: string | null;
    wrapped_key: Buffer | null;
    created_at: string;
    destroyed_at: string | null;
  }[];
  for (let start = 0; start < keys.length; start += 1000) {
    const page = keys.slice(start, start + 1000);
    await client.query(
      `INSERT INTO ${schema}.data_keys SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bytea[], $5::timestamptz[], $6::timestamptz[])`,
      [
        page.map((key) => key.customer_id),
        page.map((key) => key.key_id),
        page.map((key) => key.master_key_id),
        page.map((key) => key.wrapped_key),
        page.map((key) => key.created_at),
        page.map((key) => key.destroyed_at),
      ],
    );
  }
  return copied;
}

/** The log's half of the floor: every row read in position order and its JSON parsed, nothing else. */
async function rawRead(client: Client, schema: string): Promise<number> {
  const started = process.hrtime.bigint();
  let after = 0;
  for (;;) {
    const { rows } = await client.query<{ position: string; data: string; metadata: string }>(
      `SELECT position::text, data, metadata FROM ${schema}.events WHERE position > $1 ORDER BY position LIMIT 5000`,
      [after],
    );
    for (const row of rows) {
      JSON.parse(row.data);
      JSON.parse(row.metadata);
    }
    const last = rows[rows.length - 1];
    if (last === undefined) break;
    after = Number(last.position);
  }
  return seconds(started);
}

/** The read models' half: the rebuilt documents, already serialised, written once into one table, 1,000 per transaction. */
async function rawWrites(
  client: Client,
  readSchema: string,
  scratch: string,
): Promise<{ documents: number; seconds: number }> {
  const { rows: tables } = await client.query<{ table_name: string }>(
    `SELECT table_name FROM ${readSchema}._ledger_collections`,
  );
  await client.query(
    `CREATE TABLE ${scratch}.floor (collection text, id text, doc jsonb, PRIMARY KEY (collection, id))`,
  );
  let documents = 0;
  let nanoseconds = 0n;
  for (const { table_name: table } of tables) {
    const { rows } = await client.query<{ id: string; doc: string }>(
      `SELECT id, doc::text AS doc FROM ${readSchema}.${table}`,
    );
    for (let start = 0; start < rows.length; start += 1000) {
      const page = rows.slice(start, start + 1000);
      const started = process.hrtime.bigint();
      await client.query('BEGIN');
      await client.query(`INSERT INTO ${scratch}.floor SELECT $1, * FROM unnest($2::text[], $3::jsonb[])`, [
        table,
        page.map((row) => row.id),
        page.map((row) => row.doc),
      ]);
      await client.query('COMMIT');
      nanoseconds += process.hrtime.bigint() - started;
      documents += page.length;
    }
  }
  return { documents, seconds: Number(nanoseconds) / 1e9 };
}

/** `npm run bench:postgres-rebuild`: every read model rebuilt from PostgreSQL into PostgreSQL, beside its floor. */
async function main(): Promise<void> {
  const client = new Client({ connectionString: URL });
  try {
    await client.connect();
  } catch (error) {
    console.log(`PostgreSQL rebuild bench skipped: ${URL} is not reachable (${(error as Error).message})`);
    return;
  }
  const suffix = randomUUID().slice(0, 8);
  const [logSchema, readSchema, scratch] = [
    `bench_log_${suffix}`,
    `bench_read_${suffix}`,
    `bench_floor_${suffix}`,
  ];
  const master = masterKeyFrom(DEVELOPMENT_MASTER_KEY);
  try {
    const dataset = ensureDataset({
      customers: CUSTOMERS,
      seed: 1,
      directory: join(tmpdir(), 'ledger-bench-postgres-source'),
      masterKey: DEVELOPMENT_MASTER_KEY,
    });
    const sealed = await PostgresEventStore.open(URL, { schema: logSchema });
    const keys = await PostgresKeyStore.open(URL, master, { schema: logSchema });
    const copyStarted = process.hrtime.bigint();
    const events = await copyLog(dataset.eventsFile, sealed, logSchema, client);
    console.log(
      `PostgreSQL rebuild bench: ${count(events)} events of ${count(CUSTOMERS)} customers copied in ${seconds(copyStarted).toFixed(1)} s`,
    );

    const reads = await PostgresReadStore.open(URL, { schema: readSchema });
    const runtime = new ProjectionRuntime({
      eventStore: new EncryptingEventStore(sealed, keys),
      readStore: new SealingReadStore(reads, keys, blindIndexKeyOf(master)),
      projections: allProjections(DEFAULT_POLICIES),
    });
    const head = (await sealed.headPosition()) ?? '0';
    const started = process.hrtime.bigint();
    await runtime.start();
    await runtime.waitForPosition(head, { timeoutMs: 60 * 60 * 1000 });
    const rebuild = seconds(started);
    await runtime.stop();
    await reads.close();
    await keys.close();
    await sealed.close();

    await client.query(`CREATE SCHEMA ${scratch}`);
    const read = await rawRead(client, logSchema);
    const written = await rawWrites(client, readSchema, scratch);
    const floor = events / (read + written.seconds);
    console.log(
      `rebuild of all read models, PostgreSQL → PostgreSQL: ${count(events / rebuild)} events/s (${rebuild.toFixed(1)} s)`,
    );
    console.log(
      `floor: raw read of the log (${read.toFixed(1)} s) + writing the ${count(written.documents)} rebuilt documents once ` +
        `(already serialised, 1,000 per transaction: ${written.seconds.toFixed(1)} s): ${count(floor)} events/s`,
    );
    console.log(`ratio rebuild/floor = ${(events / rebuild / floor).toFixed(2)}`);
  } finally {
    if (process.env['BENCH_KEEP'] === '1')
      console.log(`kept schemas ${logSchema}, ${readSchema}, ${scratch}`);
    else
      for (const schema of [logSchema, readSchema, scratch])
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
