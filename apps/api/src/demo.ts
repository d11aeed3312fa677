import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type LedgerConfig, usesServerStores } from '@ledger/config';
import { resolveMasterKey } from '@ledger/personal-data';
import { EVENTS_FILE } from '@ledger/stores';
import { BankDirectory, openLedgerForSeeding, seedLedger } from '@ledger/seed';

export const DEMO_CUSTOMERS = 500;
export const DEMO_SEED = 20261124;
/** The demo's story runs this many years up to the moment it is generated. */
const DEMO_YEARS = 5;

/**
 * `npm start -- --demo`: an empty embedded data directory first gets a realistic, deterministic
 * ledger whose "today" is the day it is generated (so tomorrow's maturities and birthdays, and
 * the overdue calls, are tomorrow's and today's for the api's clock), then the staff to sign in as.
 */
export async function loadDemoData(
  config: LedgerConfig,
  log: (line: string) => void,
  now: Date = new Date(),
): Promise<void> {
  if (usesServerStores(config))
    throw new Error('--demo loads the embedded store only (unset EVENT_STORE_URL and READ_STORE_URL)');
  if (existsSync(join(config.dataDir, EVENTS_FILE))) {
    log(`--demo: ${config.dataDir} already holds a ledger; starting on it as it is`);
  } else {
    const until = now.toISOString();
    const from = new Date(Date.UTC(now.getUTCFullYear() - DEMO_YEARS, now.getUTCMonth(), 1)).toISOString();
    log(`--demo: generating ${DEMO_CUSTOMERS} customers (seed ${DEMO_SEED}) into ${config.dataDir} …`);
    const ledger = openLedgerForSeeding(
      config.dataDir,
      resolveMasterKey(config, () => undefined),
    );
    try {
      const summary = await seedLedger({
        customers: DEMO_CUSTOMERS,
        seed: DEMO_SEED,
        store: ledger.store,
        campaigns: true,
        showcase: true,
        from,
        until,
      });
      log(
        `--demo: ${summary.events} events written, business time ${from.slice(0, 10)} to ${until.slice(0, 10)}`,
      );
    } finally {
      await ledger.close();
    }
  }
  for (const line of demoStaffLines()) log(line);
}

/** Who to sign in as: `npm run -s token -- --role <role> --sub <sub>` (a branch head adds --branch). */
export function demoStaffLines(): string[] {
  const staff = new BankDirectory(DEMO_CUSTOMERS).staff();
  return [
    '--demo: sign in as (npm run -s token -- --role <role> --sub <sub> [--branch <branchId>]):',
    ...staff.map(
      ({ sub, role, branchId, sees }) =>
        `  ${sub.padEnd(16)} ${role.padEnd(21)}${branchId === undefined ? '' : `--branch ${branchId}  `}${sees}`,
    ),
  ];
}
