import {
  describeWithPostgres,
  dropSchema,
  freshSchema,
  PG_TEST_URL,
} from '../../../../test/support/postgres-server';
import { describeReadStoreContract } from '../../test/read-store.contract';
import { PostgresReadStore } from './postgres.read-store';

describeWithPostgres('PostgreSQL read store', () => {
  const schema = freshSchema('ledger_read_test');
  afterAll(() => dropSchema(schema));
  describeReadStoreContract('PostgreSQL', () => PostgresReadStore.open(PG_TEST_URL, { schema }));
});
