import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, isPostgresUrl, type LedgerConfig, loadConfig } from '@ledger/config';
import { createApp } from './bootstrap';
import { loadDemoData } from './demo';

async function main(): Promise<void> {
  const loaded = loadConfig();
  const config = { ...loaded, dataDir: resolve(loaded.dataDir) };
  mkdirSync(config.dataDir, { recursive: true });
  if (process.argv.includes('--demo')) await loadDemoData(config, (line) => console.log(line));
  const app = await createApp(config);
  await app.listen(config.port, '0.0.0.0');
  const url = `http://localhost:${config.port}`;
  console.log(
    [
      '',
      `Relationship Ledger API on ${url} (${describeStores(config)})`,
      `  console:             ${url}/console`,
      `  API docs (OpenAPI):  ${url}/docs`,
      `  event catalog:       ${url}/asyncapi.json`,
      '  a development token: npm run -s token -- --role relationship-manager --sub rm-li',
      `  then:                curl -H "Authorization: Bearer $TOKEN" ${url}/customers`,
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});

function describeStores(config: LedgerConfig): string {
  if (config.eventStoreUrl === undefined) return `embedded, data in ${config.dataDir}`;
  const events = isPostgresUrl(config.eventStoreUrl) ? 'PostgreSQL' : 'KurrentDB';
  const reads = config.mongodbUrl !== undefined ? 'MongoDB' : 'PostgreSQL';
  return `events in ${events}, read models in ${reads}; projections run in apps/projector`;
}
