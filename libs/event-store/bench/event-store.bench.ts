import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../src';
import { measureAppenders, measureReadAll } from './appenders';
import Database from 'better-sqlite3';
import { Ceiling, checkpoint } from './ceiling';

const ROUNDS = 8;
const EVENTS_PER_ROUND = 6_400;
const APPENDERS = 64;

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const rate = (value: number): string => `${Math.round(value).toLocaleString('en-US')} events/s`;
const spread = (values: number[]): string =>
  `${rate(median(values))} (rounds ${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))})`;
/** The median of the rounds' ratios: each round's pair ran back to back, under the same load. */
const ratio = (of: number[], to: number[]): number =>
  median(of.map((value, round) => value / (to[round] ?? Number.NaN)));

/**
 * The ceiling, the bound and the group commit run in short interleaved rounds, each on its own file,
 * so a busy disk or CPU slows them alike.
 */
async function main(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'ledger-bench-'));
  try {
    console.log(`SQLite event store, WAL + synchronous=FULL, files in ${directory}, node ${process.version}`);
    const ceiling = new Ceiling(join(directory, 'ceiling.sqlite'));
    const bound = new Ceiling(join(directory, 'bound.sqlite'), {
      rowsPerTransaction: APPENDERS,
      withHeads: true,
    });
    const store = new SqliteEventStore(join(directory, 'group.sqlite'));
    // The same store with SQLite's own inline checkpoints: what the background thread is worth.
    const inlineStore = new SqliteEventStore(join(directory, 'group-inline.sqlite'), {
      checkpoints: 'inline',
    });
    // A second connection to each store's file, so a round can end with its WAL checkpointed.
    const files = new Map([store, inlineStore].map((each) => [each, new Database(each.file)]));
    const groupRound = (round: string, events: number, into = store) =>
      measureAppenders(into, round, APPENDERS, { eventsEach: events / APPENDERS, seconds: 15 }, () => {
        const file = files.get(into);
        if (file !== undefined) checkpoint(file);
      });
    // A warm-up round, not counted, so the JIT has compiled every path before anything is timed.
    ceiling.measure(EVENTS_PER_ROUND / 4);
    bound.measure(EVENTS_PER_ROUND / 4);
    await groupRound('warm-up', EVENTS_PER_ROUND / 4);
    await groupRound('warm-up', EVENTS_PER_ROUND / 4, inlineStore);

    const [ceilings, bounds, groups, inlines]: [number[], number[], number[], number[]] = [[], [], [], []];
    for (let round = 0; round < ROUNDS; round += 1) {
      // Alternating the order cancels drift (the files grow, the machine's load changes).
      if (round % 2 === 1) groups.push(await groupRound(`group-${round}`, EVENTS_PER_ROUND));
      ceilings.push(ceiling.measure(EVENTS_PER_ROUND));
      bounds.push(bound.measure(EVENTS_PER_ROUND));
      inlines.push(await groupRound(`inline-${round}`, EVENTS_PER_ROUND, inlineStore));
      if (round % 2 === 0) groups.push(await groupRound(`group-${round}`, EVENTS_PER_ROUND));
    }
    ceiling.close();
    bound.close();
    for (const file of files.values()) file.close();
    await inlineStore.close();
    const perCommit = ((ROUNDS + 1 / 4) * EVENTS_PER_ROUND) / store.commits;

    const single = new SqliteEventStore(join(directory, 'single.sqlite'));
    const singleRate = await measureAppenders(single, 'single', 1, { eventsEach: 20_000, seconds: 3 });
    await single.close();
    const read = await measureReadAll(store);
    await store.close();

    console.log(`ceiling: raw inserts, 100 rows per transaction: ${spread(ceilings)}`);
    console.log(
      `  bound: raw inserts + stream heads, ${APPENDERS} rows per transaction (the most ${APPENDERS} appenders ` +
        `can share a commit): ${spread(bounds)}, ${ratio(bounds, ceilings).toFixed(2)} of the ceiling`,
    );
    console.log(`one appender, single-event appends: ${rate(singleRate)}`);
    console.log(
      `${APPENDERS} concurrent appenders, group commit: ${spread(groups)}, ${perCommit.toFixed(1)} appends per commit, ` +
        `${ratio(groups, bounds).toFixed(2)} of the bound; WAL checkpoints on a worker thread`,
    );
    console.log(
      `  the same with SQLite's inline checkpoints (every 1,000 pages, in the commit that reaches them): ` +
        `${spread(inlines)}, ${ratio(inlines, ceilings).toFixed(2)} of the ceiling`,
    );
    console.log(`readAll, whole log of ${read.events.toLocaleString('en-US')} events: ${rate(read.rate)}`);
    console.log(`ratio group-commit/ceiling = ${ratio(groups, ceilings).toFixed(2)}`);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

void main();
