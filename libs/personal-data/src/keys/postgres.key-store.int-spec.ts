import { randomBytes } from 'node:crypto';
import {
  describeWithPostgres,
  dropSchema,
  freshSchema,
  PG_TEST_URL,
} from '../../../../test/support/postgres-server';
import { keyStoreContract } from '../../test/key-store.contract';
import { masterKeyFrom } from './master-key';
import { PostgresKeyStore } from './postgres.key-store';

describeWithPostgres('PostgreSQL key store', () => {
  const schema = freshSchema('ledger_keys_test');
  const master = masterKeyFrom(randomBytes(32).toString('base64'));
  afterAll(() => dropSchema(schema));
  keyStoreContract('PostgreSQL', () => PostgresKeyStore.open(PG_TEST_URL, master, { schema }));
});
