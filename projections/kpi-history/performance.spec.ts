import { DEFAULT_POLICIES, withPolicyOverrides } from '@ledger/domain';
import type { ReadStore } from '@ledger/read-store';
import { foldEvents, readStoreWith } from '../shared/test/fold-events';
import { KPI_BOOKS } from './book.documents';
import { getPerformance, MAX_PERFORMANCE_ITEMS, type PerformanceQuery } from './get-performance.query';
import { kpiHistoryProjection } from './kpi-history.projection';
import { booksScenario } from './test/books-scenario';

const CNY = (yuan: number) => ({ amount: `${yuan}.00`, currency: 'CNY' });
const policies = withPolicyOverrides(DEFAULT_POLICIES, {
  branchTargets: {
    targets: [
      {
        branchId: 'b-pd',
        period: '2026-02',
        depositsMinor: 1_000_000_00,
        cardsIssued: 10,
        payrollVolumeMinor: 7_000_000_00,
      },
    ],
  },
});

describe('relationship managers’ performance, 2026-Q1 (test/books-scenario.ts), figures by hand', () => {
  let store: ReadStore;
  const months = (query: Partial<PerformanceQuery> = {}) =>
    getPerformance(store, {
      groupBy: 'relationshipManager',
      granularity: 'month',
      from: '2026-01-01',
      to: '2026-03-31',
      today: '2026-12-07',
      cadence: policies.contactCadence,
      branchTargets: policies.branchTargets,
      currency: 'CNY',
      ...query,
    });
  const of = async (group: string, period: string, query: Partial<PerformanceQuery> = {}) =>
    (await months(query)).find((item) => item.group === group && item.period === period);

  beforeAll(async () => {
    store = await readStoreWith(foldEvents(kpiHistoryProjection, booksScenario().events));
  });
  afterAll(() => store.close());

  it('gives every group every period, groups in id order', async () => {
    const items = await months();
    expect(items.map((item) => `${item.group} ${item.period}`)).toEqual([
      'rm-li 2026-01',
      'rm-li 2026-02',
      'rm-li 2026-03',
      'rm-wang 2026-01',
      'rm-wang 2026-02',
      'rm-wang 2026-03',
      'rm-zhou 2026-01',
      'rm-zhou 2026-02',
      'rm-zhou 2026-03',
    ]);
  });

  it('rm-li, January: early contacts move the due days, so nothing fell due', async () => {
    expect(await of('rm-li', '2026-01')).toMatchObject({
      customersAtStart: 0,
      customers: 2, // A, B
      contacts: { made: 2, due: 0, madeToDue: null, overdue: 0 }, // c1, c2
      bookAssets: { atStart: CNY(0), atEnd: CNY(1_300_000), growth: CNY(1_300_000), growthRate: null },
      wealthPenetration: { holders: 1, share: 0.5 }, // A's W-A
      lendingPenetration: { holders: 0, share: 0 },
      sales: { deposits: CNY(0), creditCardsIssued: 0 },
    });
  });

  it('rm-li, February: three contacts fell due (B met one on its day), two customers overdue at the end', async () => {
    expect(await of('rm-li', '2026-02')).toMatchObject({
      customersAtStart: 2,
      customers: 2,
      contacts: { made: 1, due: 3, madeToDue: 1 / 3, overdue: 2 }, // due A 02-19, B 02-08 and 02-22
      bookAssets: { atStart: CNY(1_300_000), atEnd: CNY(1_300_000), growth: CNY(0), growthRate: 0 },
      sales: { deposits: CNY(200_000), creditCardsIssued: 0 }, // TD-B
    });
  });

  it('rm-li, March: A moved to rm-wang with its assets; B’s revaluation keeps the due already reached', async () => {
    const march = await of('rm-li', '2026-03');
    expect(march).toMatchObject({
      customersAtStart: 2,
      customers: 1, // B
      contacts: { made: 1, due: 1, madeToDue: 1, overdue: 1 }, // c5; due 03-15, still unmet
      bookAssets: { atStart: CNY(1_300_000), atEnd: CNY(2_500_000), growth: CNY(1_200_000) },
      wealthPenetration: { holders: 0, share: 0 },
      lendingPenetration: { holders: 1, share: 1 }, // CC-B
      sales: { deposits: CNY(0), creditCardsIssued: 1 },
    });
    expect(march?.bookAssets.growthRate).toBeCloseTo(1_200_000 / 1_300_000);
    expect(march?.targets).toBeUndefined();
  });

  it('rm-wang inherits A from 03-10, overdue since 02-20: the due stays rm-li’s, the overdue is the holder’s', async () => {
    expect(await of('rm-wang', '2026-02')).toMatchObject({ customers: 0, contacts: { made: 0, due: 0 } });
    expect(await of('rm-wang', '2026-03')).toMatchObject({
      customersAtStart: 0,
      customers: 1,
      contacts: { made: 0, due: 0, overdue: 1 },
      bookAssets: { atStart: CNY(0), atEnd: CNY(300_000), growth: CNY(300_000) },
      wealthPenetration: { holders: 1, share: 1 },
    });
  });

  it('rm-zhou: C leaves on 03-20 and takes its assets and loan out of the book', async () => {
    expect(await of('rm-zhou', '2026-02')).toMatchObject({
      customers: 1,
      contacts: { made: 1, due: 0, overdue: 0 },
      lendingPenetration: { holders: 1, share: 1 }, // L-C
    });
    expect(await of('rm-zhou', '2026-03')).toMatchObject({
      customersAtStart: 1,
      customers: 0,
      bookAssets: { atStart: CNY(80_000), atEnd: CNY(0), growth: CNY(-80_000), growthRate: -1 },
      lendingPenetration: { holders: 0, share: null },
    });
  });

  it('counts overdue only up to today: B’s 02-22 is not overdue on 02-20', async () => {
    expect((await of('rm-li', '2026-02', { today: '2026-02-20' }))?.contacts.overdue).toBe(1); // A (02-19)
  });

  it('by branch: the branch’s customers whoever holds them, with progress towards its configured target', async () => {
    const items = await months({ groupBy: 'branch' });
    expect(items.map((item) => item.group)).toEqual(['b-pd', 'b-pd', 'b-pd', 'b-xh', 'b-xh', 'b-xh']);
    const [january, february, march] = items;
    expect(january?.targets).toBeUndefined();
    expect(february).toMatchObject({
      groupBy: 'branch',
      contacts: { made: 1, due: 3, overdue: 2 },
      targets: {
        deposits: { target: CNY(1_000_000), actual: CNY(200_000), share: 0.2 },
        cardsIssued: { target: 10, actual: 0, share: 0 },
        payrollVolume: { target: CNY(7_000_000) },
      },
    });
    expect(february?.targets?.payrollVolume).not.toHaveProperty('actual');
    expect(march).toMatchObject({
      customersAtStart: 2,
      customers: 2, // A and B stay in b-pd across the reassignment
      contacts: { made: 1, due: 1, overdue: 2 },
      bookAssets: { atStart: CNY(1_300_000), atEnd: CNY(2_800_000) },
    });
  });

  it('narrows to one manager, or to one branch’s customers', async () => {
    const own = await months({ relationshipManagerId: 'rm-wang' });
    expect(own.map((item) => item.group)).toEqual(['rm-wang', 'rm-wang', 'rm-wang']);
    const branch = await months({ branchId: 'b-pd' });
    expect([...new Set(branch.map((item) => item.group))]).toEqual(['rm-li', 'rm-wang']);
    expect((await months({ groupBy: 'branch', branchId: 'b-xh' })).map((item) => item.group)).toEqual([
      'b-xh',
      'b-xh',
      'b-xh',
    ]);
  });

  it('a quarter adds up its months’ flows and keeps the stocks of its last day', async () => {
    const [quarter] = await months({ granularity: 'quarter', relationshipManagerId: 'rm-li' });
    expect(quarter).toMatchObject({
      period: '2026-Q1',
      customersAtStart: 0,
      customers: 1,
      contacts: { made: 4, due: 4, madeToDue: 1, overdue: 1 },
      sales: { deposits: CNY(200_000), creditCardsIssued: 1 },
    });
  });
});

describe('getPerformance refuses what is no period', () => {
  it.each([
    ['2026-13-01', '2026-12-31', 'from is not a date'],
    ['2026-03-01', '2026-01-31', 'from is after to'],
  ])('%s … %s: %s', async (from, to, message) => {
    const store = await readStoreWith({});
    await expect(
      getPerformance(store, {
        groupBy: 'branch',
        granularity: 'day',
        from,
        to,
        today: '2026-12-07',
        cadence: DEFAULT_POLICIES.contactCadence,
        branchTargets: DEFAULT_POLICIES.branchTargets,
        currency: 'CNY',
      }),
    ).rejects.toThrow(message);
    await store.close();
  });
});

describe('getPerformance bounds one answer', () => {
  it('refuses more group periods than MAX_PERFORMANCE_ITEMS', async () => {
    // 15 managers × 3,652 days (within the 3,660-period bound) = 54,780 > 50,000.
    const books = Object.fromEntries(
      Array.from({ length: 15 }, (_, i) => [
        `C${i}`,
        {
          _id: `C${i}`,
          branchId: 'b1',
          relationshipManagers: [`rm-${i}`],
          facts: [['2016-01-01', 'm', `rm-${i}`]],
        },
      ]),
    );
    const store = await readStoreWith({ [KPI_BOOKS]: books });
    const query = {
      groupBy: 'relationshipManager',
      granularity: 'day',
      from: '2016-04-01',
      to: '2026-03-31',
      today: '2026-12-07',
      cadence: DEFAULT_POLICIES.contactCadence,
      branchTargets: DEFAULT_POLICIES.branchTargets,
      currency: 'CNY',
    } as const;
    await expect(getPerformance(store, query)).rejects.toThrow(
      `more than ${MAX_PERFORMANCE_ITEMS} group periods`,
    );
    expect(await getPerformance(store, { ...query, granularity: 'month' })).toHaveLength(15 * 120);
    await store.close();
  });
});
