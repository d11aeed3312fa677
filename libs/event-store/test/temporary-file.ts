import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const directories: string[] = [];

/** A path for a fresh store file in its own temporary directory, removed when the process exits. */
export function temporaryStoreFile(): string {
  const directory = mkdtempSync(join(tmpdir(), 'ledger-events-'));
  directories.push(directory);
  return join(directory, `${randomUUID()}.sqlite`);
}

process.once('exit', () => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});
