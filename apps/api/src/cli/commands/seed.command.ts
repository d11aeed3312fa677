import { resolveMasterKey } from '@ledger/personal-data';
import { openLedgerForSeeding, type SeedProgress, seedLedger } from '@ledger/seed';
import { CliFailure, EXIT } from '../exit-codes';
import { parseSeedOptions } from './seed-options';

const PRINT_EVERY_MS = 2000;
const rate = (events: number, ms: number) =>
  `${Math.round((events * 1000) / Math.max(1, ms)).toLocaleString('en-US')} events/s`;

/** `ledger seed --customers N [--seed S] [--data-dir DIR]`: a realistic, deterministic demo ledger. */
export async function seed(argv: readonly string[]): Promise<void> {
  const options = (() => {
    try {
      return parseSeedOptions(argv);
    } catch (error) {
      throw new CliFailure(error instanceof Error ? error.message : String(error), EXIT.usage);
    }
  })();
  const masterKey = resolveMasterKey({ masterKey: process.env['MASTER_KEY']?.trim() || undefined });
  const ledger = openLedgerForSeeding(options.dataDir, masterKey);
  try {
    const head = await ledger.events.headPosition();
    if (head !== null)
      throw new Error(`${ledger.file} already holds ${head} events: seed an empty --data-dir`);
    console.log(
      `seeding ${options.customers.toLocaleString('en-US')} customers (seed ${options.seed}) into ${ledger.file}`,
    );
    const started = Date.now();
    let printed = started;
    const progress = ({ events, day, fraction }: SeedProgress) => {
      const now = Date.now();
      if (now - printed < PRINT_EVERY_MS) return;
      printed = now;
      const done = `${Math.round(fraction * 100)}%`.padStart(4);
      console.log(
        `  ${day} ${done}  ${events.toLocaleString('en-US')} events  ${rate(events, now - started)}`,
      );
    };
    const summary = await seedLedger({ ...options, store: ledger.store, onProgress: progress });
    const ms = Date.now() - started;
    console.log(
      `seeded ${summary.events.toLocaleString('en-US')} events in ${(ms / 1000).toFixed(1)} s, ${rate(summary.events, ms)}`,
    );
    for (const [type, count] of Object.entries(summary.eventsByType).sort(([, a], [, b]) => b - a)) {
      console.log(`  ${type.padEnd(30)} ${count.toLocaleString('en-US').padStart(10)}`);
    }
    if (summary.refusals.length > 0) {
      console.error(
        `${summary.refusals.length} commands were refused, e.g.:\n  ${summary.refusals.slice(0, 5).join('\n  ')}`,
      );
      throw new CliFailure(`${summary.refusals.length} seeding commands were refused`, EXIT.failed);
    }
  } finally {
    await ledger.close();
  }
}
