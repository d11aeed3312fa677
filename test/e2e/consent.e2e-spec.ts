import { randomUUID } from 'node:crypto';
import { startLedger, type Ledger } from './ledger-harness';
import { onboard } from './onboarding';

type Auth = { Authorization: string };
type Item = { customerId: string; priority: number; reason: string };

/** Issue 17, consent (ADR 0024): a withdrawal applies at once to campaign targets and P2 care. */
describe('consent (e2e)', () => {
  let ledger: Ledger;
  let marketing: Auth;
  let rm: Auth;
  beforeAll(async () => {
    ledger = await startLedger();
    marketing = await ledger.as('campaign-manager', 'cm-gao');
    rm = await ledger.as('relationship-manager', 'rm-zhou');
  });
  afterAll(() => ledger.close());

  const customer = async (fields: Record<string, unknown> = {}) => {
    const { customerId } = await onboard(ledger, rm, { relationshipManagerId: 'rm-zhou', ...fields });
    await ledger
      .http()
      .post(`/customers/${customerId}/asset-valuations`)
      .set(rm)
      .send({ totalFinancialAssets: { amount: '700000.00', currency: 'CNY' } })
      .expect(201);
    return customerId;
  };
  const withdraw = (customerId: string) =>
    ledger
      .http()
      .post(`/customers/${customerId}/consents/withdrawal`)
      .set(rm)
      .send({ purpose: 'marketing' })
      .expect(201);

  it('a customer who withdrew marketing consent is not among the targets of a campaign launched after', async () => {
    const staying = await customer();
    const leaving = await customer();
    await withdraw(leaving);

    const planned = await ledger
      .http()
      .post('/campaigns')
      .set(marketing)
      .send({
        name: 'Consent check',
        productCode: `TD-12M-${randomUUID().slice(0, 8)}`,
        targetRule: { all: [{ field: 'assets', min: 60_000_000 }] },
        window: { from: '2026-01-01T00:00:00Z', to: '2099-01-01T00:00:00Z' },
        budget: { amount: '1000.00', currency: 'CNY' },
      })
      .expect(201);
    const { campaignId } = planned.body as { campaignId: string };
    await ledger.http().post(`/campaigns/${campaignId}/launch`).set(marketing).send({}).expect(201);
    const targets = await ledger.http().get(`/campaigns/${campaignId}/targets`).set(marketing).expect(200);
    expect(targets.body.items).toContain(staying);
    expect(targets.body.items).not.toContain(leaving);
  });

  it('refuses a contact under an already launched campaign once the target withdrew (422), appending nothing', async () => {
    const target = await customer();
    const planned = await ledger
      .http()
      .post('/campaigns')
      .set(marketing)
      .send({
        name: 'Frozen before the withdrawal',
        targetRule: { all: [{ field: 'assets', min: 60_000_000 }] },
        window: { from: '2026-01-01T00:00:00Z', to: '2099-01-01T00:00:00Z' },
        budget: { amount: '1000.00', currency: 'CNY' },
      })
      .expect(201);
    const { campaignId } = planned.body as { campaignId: string };
    await ledger.http().post(`/campaigns/${campaignId}/launch`).set(marketing).send({}).expect(201);
    const withdrawn = await withdraw(target);
    const contact = (campaign?: { campaignId: string; response: string }) =>
      ledger
        .http()
        .post(`/customers/${target}/contacts`)
        .set(rm)
        .send({
          channel: 'phone',
          purpose: 'campaign call',
          outcome: 'reached',
          relationshipManagerId: 'rm-zhou',
          ...(campaign !== undefined && { campaign }),
        });
    const refused = await contact({ campaignId, response: 'interested' }).expect(422);
    expect(refused.body.code).toBe('MARKETING_CONSENT_WITHDRAWN');
    const history = await ledger
      .http()
      .get(`/customers/${target}/history`)
      .set(await ledger.as('auditor'))
      .expect(200);
    expect(history.body.items.at(-1).revision).toBe(withdrawn.body.revision);
    await contact().expect(201); // a service contact goes on
  });

  it('without profiling consent the 360 view shows no flags and ?flag= never lists the customer', async () => {
    const { customerId } = await onboard(ledger, rm, {
      relationshipManagerId: 'rm-zhou',
      onboardedAt: '2020-01-01T00:00:00Z',
    });
    const sleeping = async (position: string) => {
      const listed = await ledger
        .http()
        .get(`/customers?flag=sleeping&relationshipManagerId=rm-zhou&minPosition=${position}&limit=200`)
        .set(rm)
        .expect(200);
      const view = await ledger.http().get(`/customers/${customerId}`).set(rm).expect(200);
      return {
        listed: (listed.body.items as { customerId: string }[]).some(
          (item) => item.customerId === customerId,
        ),
        flags: (view.body.flags as { flag: string }[]).map((flag) => flag.flag),
      };
    };
    const given = await ledger
      .http()
      .post(`/customers/${customerId}/consents`)
      .set(rm)
      .send({ purpose: 'profiling' });
    expect(await sleeping(given.body.position as string)).toEqual({ listed: true, flags: ['sleeping'] });
    const withdrawn = await ledger
      .http()
      .post(`/customers/${customerId}/consents/withdrawal`)
      .set(rm)
      .send({ purpose: 'profiling' })
      .expect(201);
    expect(await sleeping(withdrawn.body.position as string)).toEqual({ listed: false, flags: [] });
    const view = await ledger.http().get(`/customers/${customerId}`).set(rm).expect(200);
    expect(view.body.dormant).toBe(true); // a service fact: it stays
  });

  it('drops the P2 birthday greeting at once, and keeps service contacts going', async () => {
    const customerId = await customer({ birthDate: '1990-12-10' });
    await ledger
      .http()
      .post(`/customers/${customerId}/holdings`)
      .set(rm)
      .send({
        holdingId: `TD-${randomUUID().slice(0, 8)}`,
        productCode: 'TD-6M',
        productType: 'time-deposit',
        principal: { amount: '600000.00', currency: 'CNY' },
        openedAt: '2026-06-10T09:00:00Z',
        maturityDate: '2026-12-10',
      })
      .expect(201);
    const itemsAfter = async (position: string): Promise<Item[]> => {
      const worklist = await ledger
        .http()
        .get(`/worklist?date=2026-12-09&minPosition=${position}`)
        .set(rm)
        .expect(200);
      return (worklist.body.items as Item[]).filter((item) => item.customerId === customerId);
    };
    const given = await ledger
      .http()
      .post(`/customers/${customerId}/consents`)
      .set(rm)
      .send({ purpose: 'profiling' })
      .expect(201);
    expect((await itemsAfter(given.body.position as string)).map((item) => item.reason)).toContain(
      'birthday',
    );

    const withdrawn = await withdraw(customerId);
    const after = await itemsAfter(withdrawn.body.position as string);
    expect(after.map((item) => item.reason)).not.toContain('birthday');
    expect(after.every((item) => item.priority !== 2)).toBe(true);
    expect(after.map((item) => item.reason)).toContain('maturity');
  });

  it('refuses an unknown purpose with a 400 naming the field', async () => {
    const customerId = await customer();
    const response = await ledger
      .http()
      .post(`/customers/${customerId}/consents`)
      .set(rm)
      .send({ purpose: 'telemarketing' })
      .expect(400);
    expect(JSON.stringify(response.body)).toContain('purpose');
  });
});
