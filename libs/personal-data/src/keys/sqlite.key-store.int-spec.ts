import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { keyStoreContract } from '../../test/key-store.contract';
import { sqliteFileBytes } from '../../test/raw-bytes';
import { MasterKeyMismatch } from './key-wrap';
import { masterKeyFrom } from './master-key';
import { SqliteKeyStore } from './sqlite.key-store';

const dir = mkdtempSync(join(tmpdir(), 'ledger-keys-'));
const master = masterKeyFrom(randomBytes(32).toString('base64'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const contractFile = join(dir, 'contract.sqlite');
keyStoreContract('SQLite', async () => new SqliteKeyStore(contractFile, master));

describe('SQLite key store', () => {
  it('shares an already-open database: its own table beside the event store', async () => {
    const db = new Database(join(dir, 'shared.sqlite'));
    const keys = new SqliteKeyStore(db, master);
    await keys.getOrCreate(randomUUID());
    await keys.close();
    expect(db.open).toBe(true);
    expect(db.prepare('SELECT count(*) AS n FROM data_keys').get()).toEqual({ n: 1 });
    db.close();
  });

  it('keys made together share one transaction: onboarding a batch pays one fsync, not one each', async () => {
    const file = join(dir, 'batched.sqlite');
    const keys = new SqliteKeyStore(file, master);
    await keys.getOrCreate(randomUUID());
    const wal = new Database(file);
    const walFrames = () => (wal.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]?.log;
    wal.pragma('wal_checkpoint(TRUNCATE)');
    expect(walFrames()).toBe(0);

    const customers = Array.from({ length: 50 }, () => randomUUID());
    const made = await Promise.all(customers.map((customerId) => keys.getOrCreate(customerId)));
    expect(new Set(made.map((key) => key.keyId)).size).toBe(50);
    // One transaction writes each page it touched once; fifty would write at least fifty frames.
    expect(walFrames()).toBeLessThan(10);
    for (const [index, customerId] of customers.entries()) {
      await expect(keys.get(customerId)).resolves.toMatchObject({ keyId: made[index]?.keyId });
    }
    wal.close();
    await keys.close();
  });

  it('will not unwrap keys under a different master key', async () => {
    const file = join(dir, 'rekeyed.sqlite');
    const customerId = randomUUID();
    const keys = new SqliteKeyStore(file, master);
    await keys.getOrCreate(customerId);
    await keys.close();
    const wrongMaster = new SqliteKeyStore(file, masterKeyFrom(randomBytes(32).toString('base64')));
    await expect(wrongMaster.get(customerId)).rejects.toThrow(MasterKeyMismatch);
    await wrongMaster.close();
  });

  it('stores only the wrapped key, and on destroy leaves neither it nor the key in the file', async () => {
    const file = join(dir, 'shred.sqlite');
    const customerId = randomUUID();
    const keys = new SqliteKeyStore(file, master);
    const key = await keys.getOrCreate(customerId);
    const inspect = new Database(file, { readonly: true });
    const row = () =>
      inspect
        .prepare('SELECT wrapped_key, destroyed_at FROM data_keys WHERE customer_id = ?')
        .get(customerId) as {
        wrapped_key: Buffer | null;
        destroyed_at: string | null;
      };
    const wrapped = row().wrapped_key as Buffer;
    expect(sqliteFileBytes(file).includes(wrapped)).toBe(true);
    expect(sqliteFileBytes(file).includes(key.key)).toBe(false);

    await keys.destroy(customerId, new Date('2031-01-10T00:00:00.000Z'));
    expect(row()).toEqual({ wrapped_key: null, destroyed_at: '2031-01-10T00:00:00.000Z' });
    inspect.close();
    // Read while the store is still open: closing the last connection would checkpoint for us.
    const bytes = sqliteFileBytes(file);
    expect(bytes.includes(wrapped)).toBe(false);
    expect(bytes.includes(key.key)).toBe(false);
    await keys.close();
  });
});
