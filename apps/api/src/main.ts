import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '@ledger/config';
import { createApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const dataDir = resolve(config.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const app = await createApp({ ...config, dataDir });
  await app.listen(config.port, '0.0.0.0');
  const url = `http://localhost:${config.port}`;
  console.log(`Relationship Ledger API on ${url} (data in ${dataDir})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
