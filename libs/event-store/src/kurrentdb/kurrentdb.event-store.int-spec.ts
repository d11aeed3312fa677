import { describeEventStoreContract } from '../../test/event-store.contract';
import { KurrentDbEventStore } from './kurrentdb.event-store';

const url = process.env['EVENT_STORE_URL'];

if (url !== undefined && url !== '') {
  // KurrentDB scopes event ids to a stream, so the cross-stream uniqueness case does not apply.
  describeEventStoreContract('KurrentDB', async () => KurrentDbEventStore.fromConnectionString(url), {
    uniqueEventIdsAcrossStreams: false,
  });
} else {
  const reason =
    'EVENT_STORE_URL is not set — run `docker compose up -d eventstore` and ' +
    'EVENT_STORE_URL=kurrentdb://localhost:2113?tls=false npx jest libs/event-store';
  // Jest hides the console of a suite whose tests are all skipped: write past it, so every run shows why.
  process.stderr.write(`\nKurrentDB contract suite skipped: ${reason}\n`);
  describe('EventStore contract: KurrentDB', () => {
    it.skip(`skipped: ${reason}`, () => undefined);
  });
}
