import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { PostgresEventStore } from '../src';
import { measureAppenders, measureReadAll } from './appenders';
import { contactLogged } from './bench-events';

const ROUNDS = 6;
const EVENTS_PER_ROUND = 6_400;
const APPENDERS = 64;
const URL =
  process.env['PG_BENCH_URL'] ??
  process.env['PG_TEST_URL'] ??
  'postgresql://postgres@localhost/test?host=/var/run/postgresql';

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const rate = (value: number): string => `${Math.round(value).toLocaleString('en-US')} events/s`;

/**
 * The floor: the same rows the store writes (precomputed JSON, one `unnest` insert of `APPENDERS`
 * rows per transaction, the most 64 appenders can share a commit) into an identical table of the
 * same server, with nothing else: no lock, no head lookups, no hashing.
 */
async function rawInserts(client: Client, schema: string, events: number, startAt: number): Promise<number> {
  const data = JSON.stringify(contactLogged(0, 0).data);
  const metadata = JSON.stringify({
    ...contactLogged(0, 0).metadata,
    recordedAt: new Date().toISOString(),
    hash: 'x'.repeat(64),
  });
  const started = process.hrtime.bigint();
  for (let done = 0; done < events; done += APPENDERS) {
    const positions = Array.from({ length: APPENDERS }, (_, index) => startAt + done + index + 1);
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO ${schema}.raw (position, stream, revision, event_id, type, data, metadata)
       SELECT p, 'raw-' || (p % ${APPENDERS}), p, gen_random_uuid(), 'ContactLogged', $2, $3 FROM unnest($1::bigint[]) p`,
      [positions, data, metadata],
    );
    await client.query('COMMIT');
  }
  return events / (Number(process.hrtime.bigint() - started) / 1e9);
}

async function main(): Promise<void> {
  const schema = `ledger_bench_${randomUUID().slice(0, 8)}`;
  const client = new Client({ connectionString: URL });
  try {
    await client.connect();
  } catch (error) {
    console.log(
      `PostgreSQL event store bench skipped: ${URL} is not reachable (${(error as Error).message})`,
    );
    return;
  }
  const store = await PostgresEventStore.open(URL, { schema });
  try {
    await client.query(`CREATE TABLE ${schema}.raw (LIKE ${schema}.events INCLUDING ALL)`);
    const version = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]
      ?.server_version;
    console.log(`PostgreSQL ${version} event store at ${URL}, schema ${schema}, ${APPENDERS} appenders`);
    await rawInserts(client, schema, EVENTS_PER_ROUND / 4, 10_000_000);
    await measureAppenders(store, 'warm-up', APPENDERS, {
      eventsEach: EVENTS_PER_ROUND / 4 / APPENDERS,
      seconds: 15,
    });
    const [raws, stores]: [number[], number[]] = [[], []];
    for (let round = 0; round < ROUNDS; round += 1) {
      const storeRound = () =>
        measureAppenders(store, `r${round}`, APPENDERS, {
          eventsEach: EVENTS_PER_ROUND / APPENDERS,
          seconds: 30,
        });
      if (round % 2 === 1) stores.push(await storeRound());
      raws.push(await rawInserts(client, schema, EVENTS_PER_ROUND, (round + 1) * 1_000_000 + 10_000_000));
      if (round % 2 === 0) stores.push(await storeRound());
    }
    const perCommit = ((ROUNDS + 1 / 4) * EVENTS_PER_ROUND) / store.commits;
    const read = await measureReadAll(store);
    const ratios = stores.map((value, round) => value / (raws[round] ?? Number.NaN));
    console.log(`floor: raw batched inserts, ${APPENDERS} rows per transaction: ${rate(median(raws))}`);
    console.log(
      `${APPENDERS} concurrent appenders through the store: ${rate(median(stores))}, ${perCommit.toFixed(1)} appends per commit`,
    );
    console.log(`readAll, whole log of ${read.events.toLocaleString('en-US')} events: ${rate(read.rate)}`);
    console.log(`ratio store/raw inserts = ${median(ratios).toFixed(2)} (target >= 0.6)`);
  } finally {
    await store.close();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
}

void main();
