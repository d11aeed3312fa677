import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../src';
import { measureAppenders, measureReadAll } from './appenders';
import { Ceiling } from './ceiling';

const ROUNDS = 5;
const EVENTS_PER_ROUND = 12_800;
const APPENDERS = 64;

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const rate = (value: number): string => `${Math.round(value).toLocaleString('en-US')} events/s`;
const rates = (values: number[]): string =>
  `${rate(median(values))} (rounds: ${values.map(Math.round).join(', ')})`;

/**
 * Ceiling and group commit run in alternating rounds on two files, so a busy disk or CPU slows both
 * alike; the ratio is the median of the rounds' ratios.
 */
async function main(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'ledger-bench-'));
  try {
    console.log(`SQLite event store, WAL + synchronous=FULL, files in ${directory}, node ${process.version}`);
    const ceiling = new Ceiling(join(directory, 'ceiling.sqlite'));
    const store = new SqliteEventStore(join(directory, 'group.sqlite'));
    // A warm-up round, not counted, so the JIT has compiled both paths before anything is timed.
    ceiling.measure(EVENTS_PER_ROUND / 8);
    await measureAppenders(store, 'warm-up', APPENDERS, {
      eventsEach: EVENTS_PER_ROUND / 8 / APPENDERS,
      seconds: 5,
    });
    const ceilings: number[] = [];
    const groups: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      ceilings.push(ceiling.measure(EVENTS_PER_ROUND));
      const limits = { eventsEach: EVENTS_PER_ROUND / APPENDERS, seconds: 15 };
      groups.push(await measureAppenders(store, `group-${round}`, APPENDERS, limits));
    }
    ceiling.close();
    console.log(`ceiling: raw inserts, 100 rows per transaction: ${rates(ceilings)}`);

    const single = new SqliteEventStore(join(directory, 'single.sqlite'));
    const singleRate = await measureAppenders(single, 'single', 1, { eventsEach: 20_000, seconds: 3 });
    await single.close();
    console.log(`one appender, single-event appends: ${rate(singleRate)}`);

    const perCommit = ((ROUNDS + 1 / 8) * EVENTS_PER_ROUND) / store.commits;
    console.log(
      `${APPENDERS} concurrent appenders, group commit: ${rates(groups)}, ${perCommit.toFixed(1)} per commit`,
    );
    const read = await measureReadAll(store);
    console.log(`readAll, whole log of ${read.events.toLocaleString('en-US')} events: ${rate(read.rate)}`);
    await store.close();

    const ratio = median(groups.map((group, round) => group / (ceilings[round] ?? Number.NaN)));
    console.log(`ratio group-commit/ceiling = ${ratio.toFixed(2)}`);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

void main();
