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

  it('replays the stream to a past recorded time for auditors only', async () => {
    const { customerId } = await retailCustomer();
    const history = await ledger
      .http()
      .get(`/customers/${customerId}/history`)
      .set(await ledger.as('auditor'))
      .expect(200);
    const onboardedRecordedAt = history.body.items[0].metadata.recordedAt as string;
    const asOf = await ledger
      .http()
      .get(`/customers/${customerId}?asOf=${encodeURIComponent(onboardedRecordedAt)}`)
      .set(await ledger.as('auditor'))
      .expect(200);
    expect(asOf.body).toMatchObject({ customerId, tier: 'MASS', holdings: [], revision: 0 });
    await ledger
      .http()
      .get(`/customers/${customerId}?asOf=${encodeURIComponent(onboardedRecordedAt)}`)
      .set(await ledger.as('relationship-manager'))
      .expect(403);
    await ledger
      .http()
      .get(`/customers/${customerId}?asOf=2000-01-01T00:00:00Z`)
      .set(await ledger.as('auditor'))
      .expect(404);
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
