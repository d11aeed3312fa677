import {
  addDays,
  DEFAULT_POLICIES,
  type LifecycleStage,
  maturesWithinDays,
  toIso,
  toMs,
} from '@ledger/domain';
import type { EmbeddedReadStore } from '@ledger/read-store';
import { foldEvents, readStoreWith } from '../shared/test/fold-events';
import { CUSTOMERS, type Customer360Document } from './customer-360.document';
import { customer360Projection } from './customer-360.projection';
import type { Customer360View } from './customer-360.view';
import type { CustomerListFilters } from './customer-filters';
import { listCustomers } from './list-customers.query';
import { present } from './present';
import { ANNA, at, BAO, CAI, threeCustomers, yuan } from './test/scenario';

/** Anna, Bao and Cai, plus customers onboarded on month ends, where calendar arithmetic clamps. */
function ledgerWithMonthEnds() {
  const ledger = threeCustomers();
  const starts = [
    '2024-02-29T12:00:00.000Z',
    '2025-11-30T23:30:00.000Z',
    '2025-08-31T00:00:00.000Z',
    '2021-01-31T09:00:00.000Z',
  ];
  starts.forEach((onboardedAt, index) => {
    const id = `cust-month-end-${index}`;
    ledger.run('OnboardCustomer', id, onboardedAt, {
      segment: 'retail',
      name: id,
      idNumber: '110101199001011111',
      phone: '+8613900139000',
      branchId: 'branch-bj-02',
      relationshipManagerId: index % 2 === 0 ? 'rm-li' : 'rm-wang',
    });
    ledger.run('RevalueAssets', id, onboardedAt, { totalFinancialAssets: yuan(60_000 * (index + 1)) });
    // Wealth is sold only after a valid risk assessment (suitability).
    ledger.run('AssessRiskProfile', id, onboardedAt, {
      level: 'C3',
      score: 60,
      questionnaireVersion: 'RQ-1',
    });
    ledger.run('SubscribeProduct', id, onboardedAt, {
      holdingId: `H-${index}`,
      productCode: 'W-1',
      productType: 'wealth',
      principal: yuan(10_000),
      maturityDate: addDays('2026-02-01', 45 * index),
    });
  });
  return ledger;
}

const documents = Object.values(
  foldEvents(customer360Projection(DEFAULT_POLICIES), ledgerWithMonthEnds().events)[CUSTOMERS]!,
) as Customer360Document[];
let store: EmbeddedReadStore;
beforeAll(
  async () =>
    (store = await readStoreWith({ [CUSTOMERS]: Object.fromEntries(documents.map((d) => [d._id, d])) })),
);
afterAll(() => store.close());

const ids = (views: Customer360View[]) => views.map((view) => view.customerId).sort();
const expected = (now: string, keep: (view: Customer360View) => boolean) =>
  ids(documents.map((document) => present(document, now, DEFAULT_POLICIES)).filter(keep));
const listed = async (filters: CustomerListFilters, now: string) =>
  ids((await listCustomers(store, { ...filters, limit: 200 }, now, DEFAULT_POLICIES)).items);

/** Every few days through 2026, and a millisecond either side of every lifecycle boundary. */
const nows = [
  ...Array.from(
    { length: 130 },
    (_, day) => `${addDays('2026-01-01', day * 3)}T${day % 2 ? '00:00' : '18:30'}:00.000Z`,
  ),
  ...documents
    .flatMap((d) => [d.growingFrom, d.matureFrom, d.seniorAfter])
    .flatMap((boundary) => [-1, 0, 1].map((ms) => toIso(toMs(boundary) + ms))),
];

describe('listCustomers', () => {
  it('selects by lifecycle exactly as lifecycleStage judges it, month ends included', async () => {
    for (const now of nows)
      for (const lifecycle of ['NEW', 'GROWING', 'MATURE', 'SENIOR'] as LifecycleStage[])
        expect([now, lifecycle, await listed({ lifecycle }, now)]).toEqual([
          now,
          lifecycle,
          expected(now, (view) => view.lifecycle === lifecycle),
        ]);
  });

  it('selects overdue, dormant and maturing customers exactly as the view judges them', async () => {
    for (const now of nows.slice(0, 130)) {
      for (const flag of [true, false]) {
        expect([now, await listed({ overdue: flag }, now)]).toEqual([
          now,
          expected(now, (view) => view.overdue === flag),
        ]);
        expect([now, await listed({ dormant: flag }, now)]).toEqual([
          now,
          expected(now, (view) => view.dormant === flag),
        ]);
      }
      const maturing = (view: Customer360View) =>
        view.holdings.some(
          (h) =>
            h.status === 'active' && h.maturityDate !== null && maturesWithinDays(h.maturityDate, now, 30),
        );
      expect([now, await listed({ maturingWithinDays: 30 }, now)]).toEqual([now, expected(now, maturing)]);
    }
  });

  it('filters by tier, segment and relationship manager, and pages with a total', async () => {
    const now = at('2026-03-10');
    expect(await listed({ segment: 'corporate' }, now)).toEqual([BAO]);
    expect(await listed({ tier: 'PRIVATE', relationshipManagerId: 'rm-wang' }, now)).toEqual([ANNA]);
    expect(await listed({ relationshipManagerId: 'rm-li', dormant: true }, now)).toEqual(
      expected(now, (view) => view.relationshipManagerId === 'rm-li' && view.dormant),
    );
    const all = await listed({}, now);
    const second = await listCustomers(store, { page: 2, limit: 3 }, now, DEFAULT_POLICIES);
    expect(second).toMatchObject({ page: 2, limit: 3, total: all.length });
    expect(second.items.map((view) => view.customerId)).toEqual(all.slice(3, 6));
    expect(all).toEqual(expect.arrayContaining([ANNA, BAO, CAI]));
  });
});
