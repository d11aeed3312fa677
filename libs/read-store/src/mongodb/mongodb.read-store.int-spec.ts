import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { describeReadStoreContract } from '../../test/read-store.contract';
import { MongoReadStore } from './mongodb.read-store';

const url = process.env.MONGODB_URL;
// A database of its own per run, dropped at the end, so runs never see each other's documents.
const database = `ledger_contract_${randomUUID().slice(0, 8)}`;

if (url) {
  afterAll(async () => {
    const client = await new MongoClient(url).connect();
    await client.db(database).dropDatabase();
    await client.close();
  });
  describeReadStoreContract('mongodb', () => MongoReadStore.connect({ url, database }));
} else {
  const reason =
    'skipped: MONGODB_URL is not set — run `docker compose up mongo` and set it to run this suite';
  // Jest hides the console of a suite whose tests are all skipped: write past it, so every run shows why.
  process.stderr.write(`\nmongodb read store contract ${reason}\n`);
  describe('mongodb read store', () => it.skip(reason, () => undefined));
}
