import type { ReadStore } from '@ledger/read-store';
import { getKpis } from './get-kpis.query';
import { kpiHistoryProjection } from './kpi-history.projection';
import { foldEvents, readStoreWith } from '../shared/test/fold-events';
import { quarterScenario } from './test/kpi-scenario';

/** The wire shape of DESIGN §4: a decimal string, as the 360 view and the commands write Money. */
const CNY = (yuan: number) => ({ amount: `${yuan}.00`, currency: 'CNY' });
const noTiers = { MASS: 0, WEALTH: 0, PRIVATE: 0, STANDARD: 0, KEY: 0, STRATEGIC: 0 };

describe('kpi-history, 2026-Q1 scenario (test/kpi-scenario.ts), figures computed by hand', () => {
  let store: ReadStore;
  const months = () =>
    getKpis(store, { granularity: 'month', from: '2026-01-01', to: '2026-03-31', currency: 'CNY' });

  beforeAll(async () => {
    store = await readStoreWith(foldEvents(kpiHistoryProjection, quarterScenario().events));
  });
  afterAll(() => store.close());

  it('January: four customers join from zero, so the rates have no denominator', async () => {
    const [january] = await months();
    expect(january).toMatchObject({
      period: '2026-01',
      from: '2026-01-01',
      to: '2026-01-31',
      customersAtStart: 0,
      newCustomers: 4, // A, B, D, C
      churnedCustomers: 0,
      churnRate: null, // 0 / 0
      netGrowthRate: null,
      customersTotal: 4,
      // B stays MASS; A MASS → WEALTH (150,000 ≥ 100,000); C MASS → PRIVATE (6,000,000 > 5,000,000); D STANDARD.
      tierDistribution: { ...noTiers, MASS: 1, WEALTH: 1, PRIVATE: 1, STANDARD: 1 },
      upgrades: 2, // A and C, both by the system on revaluation
      downgrades: 0,
      totalFinancialAssets: CNY(150_000 + 80_000 + 6_000_000), // A + B + C = 6,230,000
      contacts: {
        byChannel: { phone: 1, sms: 0, visit: 0, email: 0, wechat: 1 }, // C1 (A), C2 (C)
        byPriority: { 1: 1, 2: 0, 3: 1 },
      },
      maturities: 0,
      rolledOverShare: null, // 0 / 0
      serviceRequests: 1, // SR1
      serviceRequestsResolved: 1,
      slaCompliance: 1, // SR1: responded after 1 h ≤ 2 h, resolved after 6 h ≤ 24 h → 1 / 1
      productPenetration: 0.5, // A holds fund F-A, C holds wealth W-C; B a time deposit, D nothing → 2 / 4
    });
  });

  it('February: E joins, D is upgraded by committee, one of two maturities is rolled over', async () => {
    const [, february] = await months();
    expect(february).toMatchObject({
      customersAtStart: 4,
      newCustomers: 1, // E
      churnedCustomers: 0,
      churnRate: 0, // 0 / 4
      netGrowthRate: 0.25, // (1 − 0) / 4
      customersTotal: 5,
      tierDistribution: { ...noTiers, MASS: 2, WEALTH: 1, PRIVATE: 1, STRATEGIC: 1 }, // MASS = B, E
      upgrades: 1, // D STANDARD → STRATEGIC (12M contribution 6 + 3 departments 2 + 20 % growth 2 = 10 points)
      downgrades: 0,
      totalFinancialAssets: CNY(6_230_000 + 2_000_000), // + D's first valuation
      contacts: { byChannel: { visit: 1 }, byPriority: { 1: 1 } }, // C3 (B, maturity reminder)
      maturities: 2, // TD-B, W-C
      maturitiesRolledOver: 1, // TD-B into TD-B2
      rolledOverShare: 0.5, // 1 / 2
      serviceRequests: 2, // SR2, SR3
      serviceRequestsResolved: 2,
      serviceRequestsWithinSla: 0, // SR2 responded after 3 h > 2 h; SR3 resolved after 48 h > 24 h
      slaCompliance: 0, // 0 / 2
      productPenetration: 0.4, // A (F-A) and E (F-E); C's only wealth product matured → 2 / 5
    });
  });

  it('March: D and E leave with their tier, assets and funds; C moves down; a rejected review counts nothing', async () => {
    const [, , march] = await months();
    expect(march).toMatchObject({
      customersAtStart: 5,
      newCustomers: 0,
      churnedCustomers: 2, // D (15th), E (20th)
      churnRate: 0.4, // 2 / 5
      netGrowthRate: -0.4, // (0 − 2) / 5
      customersTotal: 3,
      tierDistribution: { ...noTiers, MASS: 1, WEALTH: 2 }, // B; A and C (3,000,000 → WEALTH)
      upgrades: 0, // B's review was rejected
      downgrades: 1, // C PRIVATE → WEALTH
      totalFinancialAssets: CNY(150_000 + 80_000 + 3_000_000), // D's 2,000,000 left with D; E had no valuation
      serviceRequests: 1, // SR4 opened on the 31st…
      serviceRequestsResolved: 0, // …and resolved on 1 April
      slaCompliance: null,
      productPenetration: 1 / 3, // only A; E's fund left with E
    });
  });

  it('rolls the same days up into the quarter and keeps the stock figures of the last month', async () => {
    const [q1, q2] = await getKpis(store, {
      granularity: 'quarter',
      from: '2026-02-15',
      to: '2026-04-30',
      currency: 'CNY',
    });
    expect(q1).toMatchObject({
      period: '2026-Q1',
      from: '2026-01-01',
      to: '2026-03-31',
      customersAtStart: 0,
      newCustomers: 5,
      churnedCustomers: 2,
      customersTotal: 3,
      upgrades: 3, // A, C, D
      downgrades: 1, // C
      maturities: 2,
      rolledOverShare: 0.5,
      serviceRequests: 4, // SR1–SR4 opened
      serviceRequestsResolved: 3, // SR1–SR3
      slaCompliance: 1 / 3, // only SR1 met both deadlines
      productPenetration: 1 / 3,
      totalFinancialAssets: CNY(3_230_000),
    });
    // SR4: opened 20:00, responded 21:00 (1 h), resolved 08:00 next day (12 h) → 1 / 1.
    expect(q2).toMatchObject({ period: '2026-Q2', customersAtStart: 3, churnRate: 0, slaCompliance: 1 });
  });

  it('answers single days, starting from the stock at the end of the day before', async () => {
    const [maturityDay] = await getKpis(store, {
      granularity: 'day',
      from: '2026-02-09',
      to: '2026-02-09',
      currency: 'CNY',
    });
    expect(maturityDay).toMatchObject({
      period: '2026-02-09',
      customersAtStart: 5, // A, B, C, D, E
      maturities: 1,
      maturitiesRolledOver: 1,
      rolledOverShare: 1,
      customersTotal: 5,
    });
  });

  it('replaying every event twice from scratch gives identical documents', () => {
    const events = quarterScenario().events;
    const first = foldEvents(kpiHistoryProjection, events);
    expect(foldEvents(kpiHistoryProjection, events)).toEqual(first);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });

  it('refuses a query whose range is reversed', async () => {
    await expect(
      getKpis(store, { granularity: 'day', from: '2026-02-02', to: '2026-02-01', currency: 'CNY' }),
    ).rejects.toThrow('from is after to');
  });
});
