import { startLedger, type Ledger } from './ledger-harness';
import { onboard } from './onboarding';

const RM = 'rm-flags';
const DAY_MS = 86_400_000;

describe('mining flags: in the 360 view and as a list filter (e2e)', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startLedger();
  });
  afterAll(() => ledger.close());

  it('?flag=flight-risk lists the customer whose complaint is past its SLA, and the view says why', async () => {
    const rm = await ledger.as('relationship-manager', RM);
    const onboardedAt = new Date(Date.now() - 10 * DAY_MS).toISOString();
    const upset = await onboard(ledger, rm, { relationshipManagerId: RM, onboardedAt });
    const calm = await onboard(ledger, rm, {
      relationshipManagerId: RM,
      onboardedAt,
      idNumber: '110101199001015678',
    });
    const openedAt = new Date(Date.now() - 2 * DAY_MS).toISOString();
    const opened = await ledger
      .http()
      .post(`/customers/${upset.customerId}/service-requests`)
      .set(rm)
      .send({ kind: 'complaint', channel: 'phone', description: 'fee charged twice', openedAt })
      .expect(201);
    await ledger
      .http()
      .post(`/customers/${calm.customerId}/service-requests`)
      .set(rm)
      .send({ kind: 'inquiry', channel: 'phone', description: 'opening hours', openedAt })
      .expect(201);
    const position = opened.body.position as string;

    const listed = await ledger
      .http()
      .get(`/customers?flag=flight-risk&relationshipManagerId=${RM}&minPosition=${position}`)
      .set(rm)
      .expect(200);
    expect(listed.body.items.map((item: { customerId: string }) => item.customerId)).toEqual([
      upset.customerId,
    ]);
    expect(listed.body.total).toBe(1);

    const view = await ledger.http().get(`/customers/${upset.customerId}`).set(rm).expect(200);
    expect(view.body.flags).toEqual([
      {
        flag: 'flight-risk',
        since: expect.any(String),
        rule: 'flight-risk/v1/complaint-past-sla',
        inputs: { requestId: expect.any(String), resolveBy: expect.any(String) },
      },
    ]);
    expect(Date.parse(view.body.flags[0].since)).toBe(Date.parse(openedAt) + DAY_MS + 1);
    expect(view.body.activityLevel).toBe('active');

    const none = await ledger
      .http()
      .get(`/customers?flag=sleeping&relationshipManagerId=${RM}`)
      .set(rm)
      .expect(200);
    expect(none.body.total).toBe(0);
  });

  it('an unknown flag is a 400 naming the field', async () => {
    const response = await ledger
      .http()
      .get('/customers?flag=lucky')
      .set(await ledger.as('auditor'))
      .expect(400);
    expect(response.body.details[0].field).toBe('flag');
  });
});
