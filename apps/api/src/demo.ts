import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type LedgerConfig, usesServerStores } from '@ledger/config';
import { resolveMasterKey } from '@ledger/personal-data';
import { EVENTS_FILE } from '@ledger/stores';
import { openLedgerForSeeding, seedLedger } from '@ledger/seed';

export const DEMO_CUSTOMERS = 500;
export const DEMO_SEED = 20261124;

/** `npm start -- --demo`: an empty embedded data directory first gets a realistic, deterministic ledger. */
export async function loadDemoData(config: LedgerConfig, log: (line: string) => void): Promise<void> {
  if (usesServerStores(config))
    throw new Error('--demo loads the embedded store only (unset EVENT_STORE_URL and READ_STORE_URL)');
  if (existsSync(join(config.dataDir, EVENTS_FILE))) {
    log(`--demo: ${config.dataDir} already holds a ledger; starting on it as it is`);
    return;
  }
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
    });
    log(`--demo: ${summary.events} events written`);
  } finally {
    await ledger.close();
  }
}
