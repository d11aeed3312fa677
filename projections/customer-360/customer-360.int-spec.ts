import { DEFAULT_POLICIES } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import { foldEvents, readStoreWith, storedDocuments } from '../shared/test/fold-events';
import { RuntimeRun } from '../shared/test/runtime-run';
import { customer360AsOf } from './as-of';
import { CUSTOMERS, type Customer360Document } from './customer-360.document';
import { customer360Projection } from './customer-360.projection';
import { getCustomer360 } from './get-customer-360.query';
import { listCustomers } from './list-customers.query';
import { ANNA, at, BAO, threeCustomers } from './test/scenario';

describe('customer-360 through the runtime, the SQLite event store and the embedded read store', () => {
  const run = new RuntimeRun(customer360Projection(DEFAULT_POLICIES));
  const now = at('2026-04-09', '08:00');
  let recorded: RecordedEvent[];

  beforeAll(async () => {
    recorded = await run.project(threeCustomers());
  });
  afterAll(() => run.close());

  it('stores what the pure fold computes from the recorded events', async () => {
    const folded = foldEvents(customer360Projection(DEFAULT_POLICIES), recorded)[CUSTOMERS];
    expect(await storedDocuments(run.reads, CUSTOMERS)).toEqual(folded);
  });

  it('answers the 360 view and the list from the stored documents', async () => {
    const folded = await readStoreWith(foldEvents(customer360Projection(DEFAULT_POLICIES), recorded));
    expect(await getCustomer360(run.reads, ANNA, now, DEFAULT_POLICIES)).toEqual(
      await getCustomer360(folded, ANNA, now, DEFAULT_POLICIES),
    );
    expect(await getCustomer360(run.reads, ANNA, now, DEFAULT_POLICIES)).toMatchObject({
      tier: 'PRIVATE',
      relationshipManagerId: 'rm-wang',
      overdue: true,
      revision: 11,
    });
    expect(await getCustomer360(run.reads, 'cust-unknown', now, DEFAULT_POLICIES)).toBeNull();
    const overdue = await listCustomers(run.reads, { overdue: true }, now, DEFAULT_POLICIES);
    expect(overdue.items.map((view) => view.customerId)).toEqual([ANNA]);
    expect(overdue.total).toBe(1);
    await folded.close();
  });

  it('a rebuild from position 0 replays every event into identical documents, twice', async () => {
    const before = await storedDocuments(run.reads, CUSTOMERS);
    await run.rebuild(customer360Projection(DEFAULT_POLICIES).name);
    expect(await storedDocuments(run.reads, CUSTOMERS)).toEqual(before);
    await run.rebuild(customer360Projection(DEFAULT_POLICIES).name);
    expect(await storedDocuments(run.reads, CUSTOMERS)).toEqual(before);
    const [status] = await run.runtime.status();
    expect(status?.servingBuild).toBe('customer-360_v8_r3');
  });

  it('known at the last recorded event equals the live view; before the first, no customer', async () => {
    const stream = await run.events.readStream(`customer-${ANNA}`);
    const last = stream.at(-1)!.metadata.recordedAt;
    expect(customer360AsOf(stream, { knownAt: last }, DEFAULT_POLICIES, now)).toEqual(
      await getCustomer360(run.reads, ANNA, now, DEFAULT_POLICIES),
    );
    const first = Date.parse(stream[0]!.metadata.recordedAt);
    expect(
      customer360AsOf(stream, { knownAt: new Date(first - 1).toISOString() }, DEFAULT_POLICIES, now),
    ).toBeNull();
  });

  it('the stored document of an erased customer holds no personal data', async () => {
    const { customer } = (await run.reads.findOne<Customer360Document>(CUSTOMERS, { _id: BAO }))!;
    expect([customer.name, customer.idNumber, customer.phone, customer.birthDate]).toEqual([
      '[erased]',
      '[erased]',
      '[erased]',
      null,
    ]);
  });
});
