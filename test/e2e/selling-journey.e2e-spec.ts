import { randomUUID } from 'node:crypto';
import { type Ledger, startLedger } from './ledger-harness';
import { onboard } from './onboarding';

type Auth = { Authorization: string };
const cny = (amount: string) => ({ amount, currency: 'CNY' });
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Issue 16's whole sale, through the routes each role uses: a product is launched, a campaign
 * for it planned and launched, a target contacted under it, the customer (assessed, suitable)
 * subscribes, and the conversion shows in the campaign's KPIs and the manager's performance.
 */
describe('selling with the customer’s interest first (e2e)', () => {
  let ledger: Ledger;
  let productManager: Auth;
  let campaignManager: Auth;
  let rm: Auth;
  beforeAll(async () => {
    ledger = await startLedger();
    productManager = await ledger.as('product-manager', 'pm-qian');
    campaignManager = await ledger.as('campaign-manager', 'cm-gao');
    rm = await ledger.as('relationship-manager', 'rm-li');
  });
  afterAll(() => ledger.close());

  const post = async (auth: Auth, url: string, body: object, status = 201) =>
    (await ledger.http().post(url).set(auth).send(body).expect(status)).body as Record<string, unknown>;

  it('launch → campaign → contact → suitable subscription → conversion in the KPIs', async () => {
    const code = `WM-${randomUUID().slice(0, 8)}`;
    await post(productManager, '/products', {
      code,
      name: '稳健一年期理财',
      type: 'wealth',
      riskLevel: 'PR3',
      currency: 'CNY',
      minimumAmount: cny('50000.00'),
      saleOpensOn: day(-1),
      saleClosesOn: day(30),
      term: 12,
    });

    const { customerId } = await onboard(ledger, rm);
    await post(rm, `/customers/${customerId}/asset-valuations`, { totalFinancialAssets: cny('800000.00') });
    await post(rm, `/customers/${customerId}/risk-assessments`, {
      level: 'C4',
      score: 72,
      questionnaireVersion: 'RQ-2026',
    });
    // Below the product's level: not a target, and may not buy it.
    const { customerId: cautious } = await onboard(ledger, rm);
    await post(rm, `/customers/${cautious}/asset-valuations`, { totalFinancialAssets: cny('900000.00') });
    await post(rm, `/customers/${cautious}/risk-assessments`, {
      level: 'C2',
      score: 30,
      questionnaireVersion: 'RQ-2026',
    });

    const planned = await post(campaignManager, '/campaigns', {
      name: 'Year-end wealth',
      productCode: code,
      targetRule: {
        all: [
          { field: 'assets', min: 50_000_000 },
          { field: 'riskLevel', min: 'C3' },
        ],
      },
      window: { from: `${day(-1)}T00:00:00Z`, to: `${day(30)}T00:00:00Z` },
      budget: cny('2000.00'),
    });
    const campaignId = planned['campaignId'] as string;
    await post(campaignManager, `/campaigns/${campaignId}/launch`, {});
    const targets = await ledger
      .http()
      .get(`/campaigns/${campaignId}/targets`)
      .set(campaignManager)
      .expect(200);
    expect(targets.body.items).toContain(customerId);
    expect(targets.body.items).not.toContain(cautious);

    await post(rm, `/customers/${customerId}/contacts`, {
      channel: 'visit',
      purpose: 'year-end wealth campaign',
      outcome: 'interested in the one-year product',
      relationshipManagerId: 'rm-li',
      campaign: { campaignId, response: 'interested' },
    });
    const opportunity = await post(rm, '/opportunities', {
      customerId,
      productCode: code,
      source: 'campaign',
      campaignId,
      expectedAmount: cny('100000.00'),
    });
    const refused = await ledger
      .http()
      .post(`/customers/${cautious}/holdings`)
      .set(rm)
      .send({ productCode: code, productType: 'wealth', principal: cny('100000.00') })
      .expect(422);
    expect(refused.body.code).toBe('SUITABILITY_MISMATCH');
    const holding = await post(rm, `/customers/${customerId}/holdings`, {
      productCode: code,
      productType: 'wealth',
      principal: cny('100000.00'),
    });
    const won = await post(rm, `/opportunities/${opportunity['opportunityId'] as string}/won`, {
      holdingId: holding['holdingId'],
    });

    const performance = await ledger
      .http()
      .get(`/campaigns/${campaignId}/performance?minPosition=${won['position'] as string}`)
      .set(campaignManager)
      .expect(200);
    expect(performance.body).toMatchObject({
      conversions: 1,
      convertedAmount: cny('100000.00'),
      costPerConversion: cny('2000.00'),
      // (100,000 × 1% − 2,000) / 2,000
      roi: -0.5,
    });

    const month = day(0).slice(0, 7);
    const kpis = await ledger
      .http()
      .get(`/kpis?groupBy=relationshipManager&granularity=month&from=${day(0)}&to=${day(0)}`)
      .set(rm)
      .expect(200);
    const [mine] = kpis.body.items as Record<string, unknown>[];
    expect(mine).toMatchObject({
      group: 'rm-li',
      period: month,
      wealthPenetration: { holders: 1 },
      opportunities: { opened: 1, conversions: 1, convertedAmount: cny('100000.00') },
    });
  });
});
