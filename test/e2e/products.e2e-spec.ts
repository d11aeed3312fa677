import { randomUUID } from 'node:crypto';
import { startLedger, type Ledger } from './ledger-harness';
import { onboard } from './onboarding';

const cny = (amount: string) => ({ amount, currency: 'CNY' });

describe('products and suitability (e2e)', () => {
  let ledger: Ledger;
  let pm: { Authorization: string };
  let rm: { Authorization: string };
  beforeAll(async () => {
    ledger = await startLedger();
    pm = await ledger.as('product-manager', 'pm-sun');
    rm = await ledger.as('relationship-manager', 'rm-li');
  });
  afterAll(() => ledger.close());

  async function launch(fields: Record<string, unknown> = {}): Promise<{ code: string; position: string }> {
    const code = `WM-${randomUUID().slice(0, 8)}`;
    const response = await ledger
      .http()
      .post('/products')
      .set(pm)
      .send({
        code,
        name: '稳健一年期理财',
        type: 'wealth',
        riskLevel: 'PR3',
        currency: 'CNY',
        minimumAmount: cny('10000.00'),
        saleOpensOn: '2026-11-10',
        saleClosesOn: '2026-11-20',
        term: 12,
        expectedReturn: 0.032,
        targetRule: { all: [{ field: 'segment', in: ['retail'] }] },
        ...fields,
      })
      .expect(201);
    expect(response.body).toMatchObject({ code, revision: 0 });
    return { code, position: response.body.position as string };
  }

  async function assessedCustomer(level: string, assessedAt = '2026-06-01T09:00:00Z'): Promise<string> {
    const { customerId } = await onboard(ledger, rm, { onboardedAt: '2026-01-05T09:00:00Z' });
    await ledger
      .http()
      .post(`/customers/${customerId}/risk-assessments`)
      .set(rm)
      .send({ level, score: 60, questionnaireVersion: 'RQ-2026', assessedAt })
      .expect(201);
    return customerId;
  }

  function subscribe(customerId: string, code: string, fields: Record<string, unknown> = {}) {
    return ledger
      .http()
      .post(`/customers/${customerId}/holdings`)
      .set(rm)
      .send({
        productCode: code,
        productType: 'wealth',
        principal: cny('50000.00'),
        openedAt: '2026-11-12T09:00:00Z',
        ...fields,
      });
  }

  async function eventTypes(customerId: string): Promise<string[]> {
    const history = await ledger
      .http()
      .get(`/customers/${customerId}/history`)
      .set(await ledger.as('auditor'))
      .expect(200);
    return (history.body.items as { type: string }[]).map((item) => item.type);
  }

  it('launches a product into the catalog and lists it by type and open day', async () => {
    const { code, position } = await launch();
    const one = await ledger.http().get(`/products/${code}?minPosition=${position}`).set(rm).expect(200);
    expect(one.body).toMatchObject({
      code,
      productType: 'wealth',
      riskLevel: 'PR3',
      minimumAmount: cny('10000.00'),
      status: 'on-sale',
      targetRule: { all: [{ field: 'segment', in: ['retail'] }] },
    });
    // One money shape on the wire (ADR 0033): no minor-units twin beside minimumAmount.
    expect(one.body).not.toHaveProperty('minimumAmountMinor');
    const open = await ledger
      .http()
      .get(`/products?type=wealth&openOn=2026-11-12&minPosition=${position}`)
      .set(rm)
      .expect(200);
    expect((open.body.items as { code: string }[]).map((p) => p.code)).toContain(code);
    const notYet = await ledger.http().get('/products?openOn=2026-11-09').set(rm).expect(200);
    expect((notYet.body.items as { code: string }[]).map((p) => p.code)).not.toContain(code);
    await ledger.http().get('/products/NO-SUCH-PRODUCT').set(rm).expect(404);
  });

  it('refuses a product command to a relationship manager and a bad body with 400', async () => {
    await ledger.http().post('/products').set(rm).send({}).expect(403);
    const bad = await ledger
      .http()
      .post('/products')
      .set(pm)
      .send({ code: 'X-1', type: 'stocks' })
      .expect(400);
    expect(JSON.stringify(bad.body.details)).toContain('type');
  });

  it('subscribes a suitable customer (201) and shows the assessment in the 360 view', async () => {
    const { code } = await launch();
    const customerId = await assessedCustomer('C4');
    const subscribed = await subscribe(customerId, code).expect(201);
    const view = await ledger
      .http()
      .get(`/customers/${customerId}?minPosition=${subscribed.body.position}`)
      .set(rm)
      .expect(200);
    expect(view.body).toMatchObject({
      riskProfile: 'growth',
      riskAssessment: { level: 'C4', validUntil: '2027-06-01T09:00:00.000Z' },
      holdings: [expect.objectContaining({ productCode: code })],
    });
  });

  it.each([
    ['SUITABILITY_MISMATCH', 'C2', {}],
    ['OUTSIDE_SALE_WINDOW', 'C5', { openedAt: '2026-11-21T09:00:00Z' }],
    ['BELOW_MINIMUM_AMOUNT', 'C5', { principal: cny('9999.99') }],
    ['CURRENCY_MISMATCH', 'C5', { principal: { amount: '50000.00', currency: 'USD' } }],
    ['PRODUCT_TYPE_MISMATCH', 'C5', { productType: 'fund' }],
  ] as const)('refuses with 422 %s and appends nothing', async (code, level, fields) => {
    const product = await launch();
    const customerId = await assessedCustomer(level);
    const refused = await subscribe(customerId, product.code, fields).expect(422);
    expect(refused.body.code).toBe(code);
    expect(await eventTypes(customerId)).toEqual(['CustomerOnboarded', 'RiskProfileAssessed']);
  });

  it('refuses an expired assessment, also for a product the catalog does not know', async () => {
    const { code } = await launch();
    const customerId = await assessedCustomer('C5', '2025-06-01T09:00:00Z');
    expect((await subscribe(customerId, code).expect(422)).body.code).toBe('RISK_ASSESSMENT_EXPIRED');
    const migrated = await subscribe(customerId, 'MIGRATED-FUND-1', { productType: 'fund' }).expect(422);
    expect(migrated.body.code).toBe('RISK_ASSESSMENT_EXPIRED');
    expect(await eventTypes(customerId)).toEqual(['CustomerOnboarded', 'RiskProfileAssessed']);
    // A deposit needs no assessment, and an uncatalogued code is not judged by catalog rules.
    await subscribe(customerId, 'TD-MIGRATED', { productType: 'time-deposit' }).expect(201);
  });

  it('refuses subscriptions after the sale closed or the product was withdrawn', async () => {
    const closed = await launch();
    await ledger
      .http()
      .post(`/products/${closed.code}/sale-closure`)
      .set(pm)
      .send({ reason: 'quota sold out', closedAt: '2026-11-11T09:00:00Z' })
      .expect(201);
    const withdrawn = await launch();
    await ledger
      .http()
      .post(`/products/${withdrawn.code}/withdrawal`)
      .set(pm)
      .send({ reason: 'notice' })
      .expect(201);
    await ledger
      .http()
      .post(`/products/${withdrawn.code}/withdrawal`)
      .set(pm)
      .send({ reason: 'again' })
      .expect(409);
    const customerId = await assessedCustomer('C5');
    expect((await subscribe(customerId, closed.code).expect(422)).body.code).toBe('OUTSIDE_SALE_WINDOW');
    expect((await subscribe(customerId, withdrawn.code).expect(422)).body.code).toBe('PRODUCT_WITHDRAWN');
    expect(await eventTypes(customerId)).toEqual(['CustomerOnboarded', 'RiskProfileAssessed']);
  });

  it('suggests an open wealth product of a suitable level to a steady customer with deposits above 500,000', async () => {
    const { code } = await launch({
      riskLevel: 'PR2',
      saleOpensOn: '2000-01-01',
      saleClosesOn: '2099-12-31',
    });
    const { customerId } = await onboard(ledger, rm);
    await ledger
      .http()
      .post(`/customers/${customerId}/risk-assessments`)
      .set(rm)
      .send({ level: 'C2', score: 40, questionnaireVersion: 'RQ-2026' })
      .expect(201);
    const deposit = await subscribe(customerId, 'TD-12M-CNY', {
      productType: 'time-deposit',
      principal: cny('600000.00'),
      openedAt: undefined,
    }).expect(201);
    const view = await ledger
      .http()
      .get(`/customers/${customerId}?minPosition=${deposit.body.position}`)
      .set(rm)
      .expect(200);
    expect(view.body.nextBestProducts).toContainEqual({
      productCode: code,
      rule: 'deposits-to-wealth',
      inputs: expect.objectContaining({
        depositsMinor: 60_000_000,
        customerRiskLevel: 'C2',
        productRiskLevel: 'PR2',
      }),
    });
  });

  it('puts a P1 launch call on the worklist of every suitable customer, the day before the sale and on the day', async () => {
    const { code } = await launch({ riskLevel: 'PR3', saleOpensOn: '2026-11-10' });
    const suitable = await assessedCustomer('C3');
    const unsuitable = await assessedCustomer('C2');
    const last = await ledger
      .http()
      .post(`/customers/${unsuitable}/contacts`)
      .set(rm)
      .send({ channel: 'phone', purpose: 'routine', outcome: 'ok', relationshipManagerId: 'rm-li' })
      .expect(201);
    const callsOn = async (date: string) => {
      const worklist = await ledger
        .http()
        .get(`/worklist?relationshipManagerId=rm-li&date=${date}&minPosition=${last.body.position}`)
        .set(rm)
        .expect(200);
      return (worklist.body.items as { productCode?: string; customerId: string }[]).filter(
        (item) => item.productCode === code && [suitable, unsuitable].includes(item.customerId),
      );
    };
    for (const date of ['2026-11-09', '2026-11-10']) {
      expect(await callsOn(date)).toEqual([
        {
          customerId: suitable,
          priority: 1,
          reason: 'product-launch',
          dueDate: '2026-11-09',
          relationshipManagerId: 'rm-li',
          escalateToBranchHead: false,
          holdingId: null,
          productCode: code,
        },
      ]);
    }
    expect(await callsOn('2026-11-08')).toEqual([]);
    expect(await callsOn('2026-11-11')).toEqual([]);
  });
});
