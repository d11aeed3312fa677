import { DEFAULT_POLICIES } from '@ledger/domain';
import type { EmbeddedReadStore } from '@ledger/read-store';
import { ADMIN, DecidedLedger, RM_LI } from '../shared/test/decided-ledger';
import { foldEvents, readStoreWith } from '../shared/test/fold-events';
import { CUSTOMERS, type Customer360Document } from './customer-360.document';
import { customer360Projection } from './customer-360.projection';
import { listCustomers } from './list-customers.query';

const OFFBOARDED_AT = '2026-06-30T16:00:00.000Z';
/** retention/v1: five calendar years after offboarding, the instant reactivation is refused. */
const RETENTION_ENDS_AT = '2031-06-30T16:00:00.000Z';

function ledger() {
  const decided = new DecidedLedger();
  const customer = (id: string, offboardedAt: string) => {
    decided.run('OnboardCustomer', id, '2025-01-01T09:00:00.000Z', {
      segment: 'retail',
      name: id,
      idNumber: '110101199003071234',
      phone: '+8613800138000',
      branchId: 'b1',
      relationshipManagerId: RM_LI.id,
    });
    decided.run('OffboardCustomer', id, offboardedAt, { reason: 'moved abroad', at: offboardedAt });
  };
  customer('gone', OFFBOARDED_AT);
  customer('erasing', OFFBOARDED_AT);
  decided.run('RequestPersonalDataErasure', 'erasing', '2026-07-01T09:00:00.000Z', { reason: 'PIPL' }, ADMIN);
  customer('won-back', OFFBOARDED_AT);
  decided.run('ReactivateCustomer', 'won-back', '2026-08-01T09:00:00.000Z', { reason: 'returned' });
  return decided;
}

let store: EmbeddedReadStore;
beforeAll(async () => {
  const folded = foldEvents(customer360Projection(DEFAULT_POLICIES), ledger().events);
  store = await readStoreWith({ [CUSTOMERS]: folded[CUSTOMERS] as Record<string, Customer360Document> });
});
afterAll(() => store.close());

const candidates = async (now: string, offboardedWithin: number) =>
  (await listCustomers(store, { status: 'offboarded', offboardedWithin }, now, DEFAULT_POLICIES)).items.map(
    (view) => view.customerId,
  );

describe('win-back candidates: ?status=offboarded&offboardedWithin= (ADR 0028)', () => {
  it('lists an offboarded customer inside retention, never one whose erasure is requested or who came back', async () => {
    expect(await candidates('2026-07-10T00:00:00.000Z', 30)).toEqual(['gone']);
  });

  it('counts the days back from now: the offboarding instant itself is inside, one millisecond earlier is not', async () => {
    expect(await candidates('2026-07-30T16:00:00.000Z', 30)).toEqual(['gone']);
    expect(await candidates('2026-07-30T16:00:00.001Z', 30)).toEqual([]);
  });

  it('lists up to the last millisecond of retention and not from the instant it ends, however many days are asked', async () => {
    expect(await candidates('2031-06-30T15:59:59.999Z', 3650)).toEqual(['gone']);
    expect(await candidates(RETENTION_ENDS_AT, 3650)).toEqual([]);
  });
});
