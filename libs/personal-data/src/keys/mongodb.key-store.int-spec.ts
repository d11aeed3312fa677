import { randomBytes, randomUUID } from 'node:crypto';
import { type Db, MongoClient } from 'mongodb';
import { keyStoreContract } from '../../test/key-store.contract';
import { masterKeyFrom } from './master-key';
import { MongoKeyStore } from './mongodb.key-store';

const url = process.env.MONGODB_URL;
const master = masterKeyFrom(randomBytes(32).toString('base64'));

if (url === undefined || url === '') {
  describe('MongoDB key store (contract)', () => {
    it.skip('skipped: MONGODB_URL is not set; set it to a MongoDB server to run this suite', () => undefined);
  });
  console.warn('MongoDB key store contract suite skipped: MONGODB_URL is not set.');
} else {
  const client = new MongoClient(url);
  let db: Db | undefined;
  const database = async (): Promise<Db> => {
    if (db === undefined) {
      await client.connect();
      db = client.db(`ledger_keys_test_${randomUUID().slice(0, 8)}`);
    }
    return db;
  };
  keyStoreContract(
    'MongoDB',
    async () => new MongoKeyStore(await database(), master),
    async () => {
      await db?.dropDatabase();
      await client.close();
    },
  );
}
