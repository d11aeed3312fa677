import { describeEventStoreContract } from '../../test/event-store.contract';
import {
  describeWithPostgres,
  dropSchema,
  freshSchema,
  PG_TEST_URL,
} from '../../../../test/support/postgres-server';
import { PostgresEventStore } from './postgres.event-store';

describeWithPostgres('PostgreSQL event store', () => {
  const schema = freshSchema();
  afterAll(() => dropSchema(schema));
  describeEventStoreContract('PostgreSQL', () => PostgresEventStore.open(PG_TEST_URL, { schema }));
});
