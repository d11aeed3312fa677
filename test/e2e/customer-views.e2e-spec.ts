import { randomUUID } from 'node:crypto';
import { startLedger, type Ledger } from './ledger-harness';
import { distinctIdNumber, onboard } from './onboarding';

describe('customer views: 360, list, as-of, masking (e2e)', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startLedger();
  });
  afterAll(() => ledger.close());

  async function retailCustomer(): Promise<{ customerId: string; position: string; idNumber: string }> {
    const idNumber = distinctIdNumber('440301199212121234');
    const rm = await ledger.as('relationship-manager', 'rm-wang');
    const customerId = randomUUID();
    await onboard(ledger, rm, {
      customerId,
      name: '赵敏',
      idNumber,
      phone: '+8613612345678',
      branchId: 'branch-sz',
      relationshipManagerId: 'rm-wang',
      onboardedAt: '2026-01-05T09:00:00Z',
    });
    // A wealth product is sold only after a valid risk assessment (suitability).
    await ledger
      .http()
      .post(`/customers/${customerId}/risk-assessments`)
      .set(rm)
      .send({ level: 'C3', score: 60, questionnaireVersion: 'RQ-2026', assessedAt: '2026-01-20T09:00:00Z' })
      .expect(201);
    await ledger
      .http()
      .post(`/customers/${customerId}/holdings`)
      .set(rm)
      .send({
        productCode: 'WM-180D',
        productType: 'wealth',
        principal: { amount: '300000.00', currency: 'CNY' },
        openedAt: '2026-02-01T09:00:00Z',
        maturityDate: '2026-08-01',
      })
      .expect(201);
    const revalued = await ledger
      .http()
      .post(`/customers/${customerId}/asset-valuations`)
      .set(rm)
      .send({ totalFinancialAssets: { amount: '650000.00', currency: 'CNY' }, asOf: '2026-03-01T00:00:00Z' })
      .expect(201);
    return { customerId, position: revalued.body.position, idNumber };
  }

  it('serves the 360 view once the projection caught up with the command (minPosition)', async () => {
    const { customerId, position } = await retailCustomer();
    const response = await ledger
      .http()
      .get(`/customers/${customerId}?minPosition=${position}`)
      .set(await ledger.as('relationship-manager', 'rm-wang'))
      .expect(200);
    expect(response.body).toMatchObject({
      customerId,
      segment: 'retail',
      name: '赵敏',
      tier: 'WEALTH',
      relationshipManagerId: 'rm-wang',
      branchId: 'branch-sz',
      status: 'active',
      totalFinancialAssets: { amount: '650000.00', currency: 'CNY' },
      holdings: [
        expect.objectContaining({
          productCode: 'WM-180D',
          productType: 'wealth',
          principal: { amount: '300000.00', currency: 'CNY' },
        }),
      ],
      phone: '+8613612345678',
      idNumber: '****1234',
    });
    expect(response.body.revision).toBe(4);
  });

  it('masks idNumber and phone for the call center, not for auditors', async () => {
    const { customerId, position, idNumber } = await retailCustomer();
    const callCenter = await ledger
      .http()
      .get(`/customers/${customerId}?minPosition=${position}`)
      .set(await ledger.as('call-center'))
      .expect(200);
    expect(callCenter.body).toMatchObject({ idNumber: '****1234', phone: '****5678' });
    const auditor = await ledger
      .http()
      .get(`/customers/${customerId}`)
      .set(await ledger.as('auditor'))
      .expect(200);
    expect(auditor.body).toMatchObject({ idNumber, phone: '+8613612345678' });
  });

  it('replays the stream to a past recorded time (knownAt) for auditors only', async () => {
    const { customerId } = await retailCustomer();
    const history = await ledger
      .http()
      .get(`/customers/${customerId}/history`)
      .set(await ledger.as('auditor'))
      .expect(200);
    const onboardedRecordedAt = history.body.items[0].recordedAt as string;
    expect(onboardedRecordedAt).toBe(history.body.items[0].metadata.recordedAt);
    const knownAt = await ledger
      .http()
      .get(`/customers/${customerId}?knownAt=${encodeURIComponent(onboardedRecordedAt)}`)
      .set(await ledger.as('auditor'))
      .expect(200);
    expect(knownAt.body).toMatchObject({ customerId, tier: 'MASS', holdings: [], revision: 0 });
    for (const cut of ['knownAt', 'asOf'])
      await ledger
        .http()
        .get(`/customers/${customerId}?${cut}=${encodeURIComponent(onboardedRecordedAt)}`)
        .set(await ledger.as('relationship-manager'))
        .expect(403);
    await ledger
      .http()
      .get(`/customers/${customerId}?knownAt=2000-01-01T00:00:00Z`)
      .set(await ledger.as('auditor'))
      .expect(404);
  });

  it('asOf is business time: a customer onboarded on 2026-01-05 and recorded later exists as of 2026-01-10', async () => {
    const { customerId } = await retailCustomer();
    const auditor = await ledger.as('auditor');
    const view = (query: string) => ledger.http().get(`/customers/${customerId}?${query}`).set(auditor);
    expect((await view('asOf=2026-01-10T00:00:00Z').expect(200)).body).toMatchObject({
      customerId,
      tier: 'MASS',
      holdings: [],
      revision: 0,
    });
    const midFebruary = (await view('asOf=2026-02-15T00:00:00Z').expect(200)).body;
    expect(midFebruary).toMatchObject({ tier: 'MASS', revision: 2 });
    expect(midFebruary.holdings).toEqual([
      expect.objectContaining({
        productCode: 'WM-180D',
        principal: { amount: '300000.00', currency: 'CNY' },
      }),
    ]);
    expect((await view('asOf=2026-03-01T00:00:00Z').expect(200)).body).toMatchObject({ tier: 'WEALTH' });
    // Everything above was recorded today: the ledger knew none of it on 2026-01-10.
    const unknown = await view('asOf=2026-01-10T00:00:00Z&knownAt=2026-01-10T00:00:00Z').expect(404);
    expect(unknown.body.message).toBe(
      `customer ${customerId} not found as of 2026-01-10T00:00:00Z known at 2026-01-10T00:00:00Z`,
    );
    const badTime = await view('knownAt=yesterday').expect(400);
    expect(badTime.body.details).toEqual([expect.objectContaining({ field: 'knownAt' })]);
  });

  it("tells a back-dated call apart, as the README's example does: asOf shows it, knownAt before its recording does not", async () => {
    const { customerId } = await retailCustomer();
    const auditor = await ledger.as('auditor');
    const beforeTheCall = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await ledger
      .http()
      .post(`/customers/${customerId}/contacts`)
      .set(await ledger.as('relationship-manager', 'rm-wang'))
      .send({
        channel: 'phone',
        purpose: 'review',
        outcome: 'reached',
        relationshipManagerId: 'rm-wang',
        occurredAt: '2026-02-01T10:00:00Z',
      })
      .expect(201);
    const view = async (query: string) =>
      (await ledger.http().get(`/customers/${customerId}?${query}`).set(auditor).expect(200)).body;
    expect((await view('asOf=2026-03-01T00:00:00Z')).lastContactAt).toBe('2026-02-01T10:00:00.000Z');
    const known = await view(`asOf=2026-03-01T00:00:00Z&knownAt=${encodeURIComponent(beforeTheCall)}`);
    expect(known).toMatchObject({ customerId, lastContactAt: null });
    const [call] = (
      await ledger.http().get(`/customers/${customerId}/history?types=ContactLogged`).set(auditor).expect(200)
    ).body.items;
    expect(call.occurredAt).toBe('2026-02-01T10:00:00.000Z');
    expect(Date.parse(call.recordedAt)).toBeGreaterThan(Date.parse(beforeTheCall));
  });

  it('filters the history by business time, recorded time, type and actor, naming both times in each event', async () => {
    const { customerId } = await retailCustomer();
    const auditor = await ledger.as('auditor');
    const history = async (query: string) =>
      (await ledger.http().get(`/customers/${customerId}/history?${query}`).set(auditor).expect(200)).body;
    const all = await history('');
    expect(all.total).toBe(5); // the valuation also reassessed the tier (WEALTH)
    for (const item of all.items) {
      expect(item.occurredAt).toBe(item.metadata.occurredAt);
      expect(item.recordedAt).toBe(item.metadata.recordedAt);
    }
    const byMidFebruary = await history('asOf=2026-02-15T00:00:00Z');
    expect(byMidFebruary.items.map((item: { type: string }) => item.type)).toEqual([
      'CustomerOnboarded',
      'RiskProfileAssessed',
      'ProductSubscribed',
    ]);
    expect(byMidFebruary.total).toBe(3);
    expect((await history('knownAt=2026-01-10T00:00:00Z')).total).toBe(0);
    const subscribed = await history('types=ProductSubscribed,AssetsRevalued&actor=rm-wang');
    expect(subscribed.items.map((item: { type: string }) => item.type)).toEqual([
      'ProductSubscribed',
      'AssetsRevalued',
    ]);
    expect(subscribed.items[0].data.principal).toEqual({ amount: '300000.00', currency: 'CNY' });
    expect(subscribed.items[1].data.totalFinancialAssets).toEqual({ amount: '650000.00', currency: 'CNY' });
    expect((await history('actor=someone-else')).total).toBe(0);
    const unknownType = await ledger
      .http()
      .get(`/customers/${customerId}/history?types=ProductSubscribed,Nope`)
      .set(auditor)
      .expect(400);
    expect(unknownType.body.details).toEqual([
      { field: 'types', problems: [expect.stringContaining('unknown event type "Nope"')] },
    ]);
  });

  it('lists customers by filter, paged, and records the read in the access log', async () => {
    const { position } = await retailCustomer();
    const response = await ledger
      .http()
      .get(`/customers?relationshipManagerId=rm-wang&tier=WEALTH&limit=2&page=1&minPosition=${position}`)
      .set(await ledger.as('call-center'))
      .expect(200);
    expect(response.body).toMatchObject({ page: 1, limit: 2, total: expect.any(Number) });
    expect(response.body.total).toBeGreaterThanOrEqual(1);
    for (const item of response.body.items)
      expect(item).toMatchObject({ tier: 'WEALTH', relationshipManagerId: 'rm-wang', idNumber: '****1234' });
    await ledger
      .http()
      .get('/customers?limit=500')
      .set(await ledger.as('auditor'))
      .expect(400);
  });

  it('answers 404 for an unknown customer and 400 for a malformed id', async () => {
    await ledger
      .http()
      .get(`/customers/${randomUUID()}`)
      .set(await ledger.as('auditor'))
      .expect(404);
    const malformed = await ledger
      .http()
      .get('/customers/not-a-uuid')
      .set(await ledger.as('auditor'))
      .expect(400);
    expect(malformed.body.details[0].field).toBe('id');
  });
});
