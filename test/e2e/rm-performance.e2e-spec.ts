import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLedger, type Ledger } from './ledger-harness';
import { onboard } from './onboarding';

type Auth = { Authorization: string };
const CNY = (yuan: number) => ({ amount: `${yuan}.00`, currency: 'CNY' });
const at = (day: string) => `${day}T09:00:00Z`;

/**
 * Two relationship managers in two branches over October and November 2026 (ADR 0020): rm-li's X
 * at b-pd (300,000: a 30-day cadence), rm-zhou's Y at b-xh (80,000: 60 days). b-pd has a target
 * for 2026-11 in the policies file.
 */
describe('GET /kpis?groupBy= — relationship managers’ performance (e2e)', () => {
  let ledger: Ledger;
  let last = '0';
  const policies = join(tmpdir(), `rm-performance-${process.pid}.json`);
  const target = {
    branchId: 'b-pd',
    period: '2026-11',
    depositsMinor: 1_000_000_00,
    cardsIssued: 10,
    payrollVolumeMinor: 7_000_000_00,
  };
  const kpis = async (auth: Auth, query: string) =>
    ledger.http().get(`/kpis?from=2026-10&to=2026-11&minPosition=${last}&${query}`).set(auth);

  beforeAll(async () => {
    writeFileSync(policies, JSON.stringify({ branchTargets: { targets: [target] } }));
    ledger = await startLedger({ POLICIES_FILE: policies });
    const li = await ledger.as('relationship-manager', 'rm-li');
    const zhou = await ledger.as('relationship-manager', 'rm-zhou');
    const post = async (auth: Auth, url: string, body: object) => {
      const response = await ledger.http().post(url).set(auth).send(body).expect(201);
      last = (response.body as { position: string }).position;
      return response.body as Record<string, unknown>;
    };
    const x = await onboard(ledger, li, {
      branchId: 'b-pd',
      relationshipManagerId: 'rm-li',
      onboardedAt: at('2026-10-05'),
    });
    const y = await onboard(ledger, zhou, {
      branchId: 'b-xh',
      relationshipManagerId: 'rm-zhou',
      onboardedAt: at('2026-10-08'),
    });
    const customer = (id: string, path: string) => `/customers/${id}/${path}`;
    await post(li, customer(x.customerId, 'asset-valuations'), {
      totalFinancialAssets: CNY(300_000),
      asOf: at('2026-10-05'),
    }); // due 11-04
    await post(zhou, customer(y.customerId, 'asset-valuations'), {
      totalFinancialAssets: CNY(80_000),
      asOf: at('2026-10-08'),
    });
    const holding = (productType: string, principal: number, openedAt: string) => ({
      productCode: `${productType}-1`,
      productType,
      principal: CNY(principal),
      openedAt: at(openedAt),
    });
    // The sale in view, opened the day before: an opportunity the wealth subscription wins.
    const opportunity = await post(li, '/opportunities', {
      customerId: x.customerId,
      productCode: 'wealth-1',
      source: 'relationship-manager',
      expectedAmount: CNY(60_000),
      openedAt: at('2026-10-09'),
    });
    await post(li, customer(x.customerId, 'risk-assessments'), {
      level: 'C3',
      score: 60,
      questionnaireVersion: 'RQ-2026',
      assessedAt: at('2026-10-09'),
    });
    const wealth = await post(
      li,
      customer(x.customerId, 'holdings'),
      holding('wealth', 50_000, '2026-10-10'),
    );
    await post(li, `/opportunities/${opportunity['opportunityId'] as string}/won`, {
      holdingId: wealth['holdingId'],
    });
    await post(li, '/opportunities', {
      customerId: x.customerId,
      source: 'walk-in',
      expectedAmount: CNY(10_000),
      openedAt: at('2026-11-02'),
    });
    await post(li, customer(x.customerId, 'contacts'), {
      channel: 'phone',
      purpose: 'review',
      outcome: 'reached',
      relationshipManagerId: 'rm-li',
      occurredAt: at('2026-10-20'),
    }); // next due 11-19, never met
    await post(li, customer(x.customerId, 'holdings'), holding('time-deposit', 200_000, '2026-11-03'));
    await post(li, customer(x.customerId, 'holdings'), holding('credit-card', 0, '2026-11-05'));
    await post(zhou, customer(y.customerId, 'holdings'), holding('loan', 100_000, '2026-11-10'));
  });
  afterAll(async () => {
    await ledger.close();
    rmSync(policies, { force: true });
  });

  it('gives each manager’s contacts made vs due, overdue, book assets and both penetrations', async () => {
    const response = await kpis(await ledger.as('admin', 'admin-wu'), 'groupBy=relationshipManager');
    expect(response.status).toBe(200);
    const items = response.body.items as { group: string; period: string }[];
    expect(items.map((item) => `${item.group} ${item.period}`)).toEqual([
      'rm-li 2026-10',
      'rm-li 2026-11',
      'rm-zhou 2026-10',
      'rm-zhou 2026-11',
    ]);
    const [liOctober, liNovember, zhouOctober, zhouNovember] = items;
    expect(liOctober).toMatchObject({
      groupBy: 'relationshipManager',
      customersAtStart: 0,
      customers: 1,
      contacts: { made: 1, due: 0, overdue: 0 },
      bookAssets: { atStart: CNY(0), atEnd: CNY(300_000), growth: CNY(300_000), growthRate: null },
      wealthPenetration: { holders: 1, share: 1 },
      lendingPenetration: { holders: 0, share: 0 },
      // The opportunity opened in October, won by the 50,000 subscription.
      opportunities: { opened: 1, conversions: 1, convertedAmount: CNY(50_000), lost: 0 },
    });
    expect(liNovember).toMatchObject({
      opportunities: { opened: 1, byStage: { identified: 1 }, conversions: 0, convertedAmount: CNY(0) },
      contacts: { made: 0, due: 1, madeToDue: 0, overdue: 1 },
      bookAssets: { atStart: CNY(300_000), atEnd: CNY(300_000), growthRate: 0 },
      lendingPenetration: { holders: 1, share: 1 },
      sales: { deposits: CNY(200_000), creditCardsIssued: 1 },
    });
    expect(liNovember).not.toHaveProperty('targets');
    expect(zhouOctober).toMatchObject({ customers: 1, bookAssets: { atEnd: CNY(80_000) } });
    expect(zhouNovember).toMatchObject({
      contacts: { made: 0, due: 0, overdue: 0 },
      wealthPenetration: { holders: 0, share: 0 },
      lendingPenetration: { holders: 1, share: 1 },
      sales: { deposits: CNY(0), creditCardsIssued: 0 },
    });
  });

  it('shows a branch’s progress towards its configured target; payroll has a target, no actual', async () => {
    const response = await kpis(await ledger.as('committee-member', 'committee-chen'), 'groupBy=branch');
    expect(response.status).toBe(200);
    const items = response.body.items as { group: string; period: string; targets?: unknown }[];
    expect(items.map((item) => `${item.group} ${item.period}`)).toEqual([
      'b-pd 2026-10',
      'b-pd 2026-11',
      'b-xh 2026-10',
      'b-xh 2026-11',
    ]);
    expect(items[1]).toMatchObject({
      targets: {
        deposits: { target: CNY(1_000_000), actual: CNY(200_000), share: 0.2 },
        cardsIssued: { target: 10, actual: 1, share: 0.1 },
        payrollVolume: { target: CNY(7_000_000) },
      },
    });
    expect(items.filter((item) => item.targets !== undefined)).toHaveLength(1);
  });

  it('a relationship manager reads only its own figures', async () => {
    const zhou = await ledger.as('relationship-manager', 'rm-zhou');
    const own = await kpis(zhou, '');
    expect(own.status).toBe(200);
    expect(new Set(own.body.items.map((item: { group: string }) => item.group))).toEqual(
      new Set(['rm-zhou']),
    );
    expect((await kpis(zhou, 'relationshipManagerId=rm-li')).status).toBe(403);
    const byBranch = await kpis(zhou, 'groupBy=branch');
    expect(byBranch.status).toBe(403);
    expect(byBranch.body.message).toMatch(/^groupBy:/);
  });

  it('a branch head reads only its branch’s figures, per branch or per manager', async () => {
    const head = await ledger.as('branch-head', 'head-xh', 'b-xh');
    const branch = await kpis(head, '');
    expect(branch.body.items.map((item: { group: string }) => item.group)).toEqual(['b-xh', 'b-xh']);
    const managers = await kpis(head, 'groupBy=relationshipManager');
    expect(managers.body.items.map((item: { group: string }) => item.group)).toEqual(['rm-zhou', 'rm-zhou']);
    expect((await kpis(head, 'groupBy=relationshipManager&relationshipManagerId=rm-li')).body.items).toEqual(
      [],
    );
    expect((await kpis(head, 'branchId=b-pd')).status).toBe(403);
  });

  it('still answers the bank’s KPI history without groupBy', async () => {
    const response = await kpis(await ledger.as('auditor', 'alice'), 'granularity=month');
    expect(response.status).toBe(200);
    expect(response.body.items[1]).toMatchObject({
      period: '2026-11',
      customersTotal: 2,
      productPenetration: 0.5,
    });
  });

  it.each(['groupBy=desk', 'groupBy=branch&granularity=week'])(
    'names the bad field of %s in a 400',
    async (query) => {
      const response = await kpis(await ledger.as('admin', 'admin-wu'), query);
      expect(response.status).toBe(400);
      expect(response.body.details.map((detail: { field: string }) => detail.field)).toEqual([
        query.includes('week') ? 'granularity' : 'groupBy',
      ]);
    },
  );
});
