import { DEFAULT_POLICIES, money } from '@ledger/domain';
import type { EmbeddedReadStore } from '@ledger/read-store';
import { DecidedLedger, RM_LI } from '../shared/test/decided-ledger';
import { foldEvents, readStoreWith } from '../shared/test/fold-events';
import { branchStanding } from './branch-standing';
import { CUSTOMERS, type Customer360Document } from './customer-360.document';
import { customer360Projection } from './customer-360.projection';
import { getCustomer360 } from './get-customer-360.query';
import { listCustomers } from './list-customers.query';

const NOW = '2026-06-01T09:00:00.000Z';
const day = (d: number) => `2026-01-${String(d).padStart(2, '0')}T09:00:00.000Z`;

/**
 * Eleven corporate customers in branch A contributing 1M…11M (the top decile of 11 is 2: the 11M
 * and 10M), two of them tied at 10M, one offboarded with the most, and one in branch B alone.
 */
function branches() {
  const ledger = new DecidedLedger();
  const customer = (id: string, branchId: string, contributionYuan: number | null) => {
    ledger.run('OnboardCustomer', id, day(1), {
      segment: 'corporate',
      name: id,
      idNumber: `91310000${id}`,
      phone: '+862150000000',
      branchId,
      relationshipManagerId: RM_LI.id,
      // The decile is a mining flag: only with profiling consent (ADR 0026).
      consent: { marketing: true, profiling: true },
    });
    if (contributionYuan !== null)
      ledger.run('RecordContribution', id, day(2), {
        year: 2025,
        contribution: money(contributionYuan * 100),
        departmentsEngaged: 1,
        growthRate: 0,
      });
  };
  for (let i = 1; i <= 9; i += 1) customer(`a-${i}`, 'A', i * 1_000_000);
  customer('a-10', 'A', 10_000_000);
  customer('a-10-tied', 'A', 10_000_000);
  customer('a-none', 'A', null);
  customer('a-gone', 'A', 99_000_000);
  ledger.run('OffboardCustomer', 'a-gone', day(3), { reason: 'moved' });
  customer('b-1', 'B', 1);
  return ledger;
}

let store: EmbeddedReadStore;
beforeAll(async () => {
  const folded = foldEvents(customer360Projection(DEFAULT_POLICIES), branches().events);
  const documents = folded[CUSTOMERS] as Record<string, Customer360Document>;
  store = await readStoreWith({ [CUSTOMERS]: documents });
});
afterAll(() => store.close());

const advantageOf = async (id: string) =>
  (await getCustomer360(store, id, NOW, DEFAULT_POLICIES))?.flags.find((flag) => flag.flag === 'advantage');

describe('the advantage decile, measured per branch at query time (ADR 0028)', () => {
  it('ranks the active customers of the branch with a contribution; the cut-off is the k-th highest', async () => {
    // 11 ranked (a-none has no contribution, a-gone is offboarded): k = ceil(1.1) = 2.
    expect(await branchStanding(store, 'A', DEFAULT_POLICIES)).toEqual({
      branchId: 'A',
      ranked: 11,
      cutoffMinor: 10_000_000_00,
    });
  });

  it('flags the customers at and above the cut-off, ties at the edge included, with the figures', async () => {
    expect(await advantageOf('a-10')).toMatchObject({
      rule: 'advantage/v1/branch-top-share',
      since: day(2),
      inputs: { contributionMinor: 10_000_000_00, branchCutoffMinor: 10_000_000_00, rankedInBranch: 11 },
    });
    expect(await advantageOf('a-10-tied')).toBeDefined();
  });

  it('does not flag the customer just below the cut-off, one without a contribution, or an offboarded one', async () => {
    expect(await advantageOf('a-9')).toBeUndefined();
    expect(await advantageOf('a-none')).toBeUndefined();
    expect(await advantageOf('a-gone')).toBeUndefined();
  });

  it('flags the only ranked customer of a branch: the top decile of one is one', async () => {
    expect(await advantageOf('b-1')).toBeDefined();
  });

  it('judges list items by the same standing', async () => {
    const page = await listCustomers(store, { limit: 100 }, NOW, DEFAULT_POLICIES);
    const flagged = page.items
      .filter((view) => view.flags.some((flag) => flag.flag === 'advantage'))
      .map((view) => view.customerId)
      .sort();
    expect(flagged).toEqual(['a-10', 'a-10-tied', 'b-1']);
  });
});
