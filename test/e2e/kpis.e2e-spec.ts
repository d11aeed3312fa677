import { startLedger, type Ledger } from './ledger-harness';
import { onboard as onboardCustomer } from './onboarding';

describe('GET /kpis (e2e)', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startLedger();
  });
  afterAll(() => ledger.close());

  it('counts new and churned customers per month of business time, read-your-own-writes', async () => {
    const rm = await ledger.as('relationship-manager', 'rm-li');
    const onboard = async (onboardedAt: string) =>
      (await onboardCustomer(ledger, rm, { onboardedAt })).customerId;
    await onboard('2026-01-10T09:00:00Z');
    const leaving = await onboard('2026-01-20T09:00:00Z');
    await onboard('2026-02-05T09:00:00Z');
    const last = await ledger
      .http()
      .post(`/customers/${leaving}/offboarding`)
      .set(rm)
      .send({ reason: 'moved', at: '2026-02-15T09:00:00Z' })
      .expect(201);

    const response = await ledger
      .http()
      .get(`/kpis?granularity=month&from=2026-01&to=2026-02&minPosition=${last.body.position}`)
      .set(await ledger.as('committee-member'))
      .expect(200);
    const [january, february] = response.body.items;
    expect(january).toMatchObject({
      granularity: 'month',
      period: '2026-01',
      newCustomers: 2,
      churnedCustomers: 0,
      customersTotal: 2,
    });
    // February: 2 customers at the start, 1 new, 1 churned → churn 1/2, net growth (1 − 1)/2.
    expect(february).toMatchObject({
      period: '2026-02',
      newCustomers: 1,
      churnedCustomers: 1,
      customersTotal: 2,
      churnRate: 0.5,
      netGrowthRate: 0,
    });
  });

  it('names a malformed period in a 400', async () => {
    const response = await ledger
      .http()
      .get('/kpis?from=last-year')
      .set(await ledger.as('auditor'))
      .expect(400);
    expect(response.body.details[0].field).toBe('from');
  });
});
