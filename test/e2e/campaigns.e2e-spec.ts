import { randomUUID } from 'node:crypto';
import { startLedger, type Ledger } from './ledger-harness';
import { onboard } from './onboarding';

type Auth = { Authorization: string };

describe('campaigns (e2e)', () => {
  let ledger: Ledger;
  let marketing: Auth;
  let rm: Auth;
  beforeAll(async () => {
    ledger = await startLedger();
    marketing = await ledger.as('campaign-manager', 'cm-gao');
    rm = await ledger.as('relationship-manager', 'rm-li');
  });
  afterAll(() => ledger.close());

  const customer = async (owner: Auth, fields: Record<string, unknown> = {}) => {
    const { customerId } = await onboard(ledger, owner, fields);
    return customerId;
  };
  const revalue = (id: string, owner: Auth, amount: string) =>
    ledger
      .http()
      .post(`/customers/${id}/asset-valuations`)
      .set(owner)
      .send({ totalFinancialAssets: { amount, currency: 'CNY' } })
      .expect(201);
  const plan = (body: Record<string, unknown> = {}) =>
    ledger
      .http()
      .post('/campaigns')
      .set(marketing)
      .send({
        name: 'Year-end 12-month deposit',
        productCode: `TD-12M-${randomUUID().slice(0, 8)}`,
        targetRule: {
          all: [
            { field: 'segment', in: ['retail'] },
            { field: 'assets', min: 50_000_000 },
          ],
        },
        window: { from: '2026-01-01T00:00:00Z', to: '2099-01-01T00:00:00Z' },
        budget: { amount: '10000.00', currency: 'CNY' },
        ...body,
      });

  it('plans and launches a campaign, logs a contact under it, and reads the conversion in its KPIs', async () => {
    const target = await customer(rm);
    await revalue(target, rm, '600000.00');
    const tooSmall = await customer(rm);
    await revalue(tooSmall, rm, '1000.00');

    const planned = await plan().expect(201);
    const { campaignId } = planned.body as { campaignId: string };
    const productCode = (
      await ledger
        .http()
        .get(`/campaigns/${campaignId}?minPosition=${planned.body.position}`)
        .set(marketing)
        .expect(200)
    ).body.productCode as string;
    const launched = await ledger
      .http()
      .post(`/campaigns/${campaignId}/launch`)
      .set(marketing)
      .send({})
      .expect(201);
    expect(launched.body).toMatchObject({ campaignId, targetsFrozenAt: expect.any(String) });

    const targets = await ledger.http().get(`/campaigns/${campaignId}/targets`).set(marketing).expect(200);
    expect(targets.body.items).toContain(target);
    expect(targets.body.items).not.toContain(tooSmall);

    await ledger
      .http()
      .post(`/customers/${target}/contacts`)
      .set(rm)
      .send({
        channel: 'phone',
        purpose: 'year-end deposit campaign',
        outcome: 'wants the 12-month rate',
        relationshipManagerId: 'rm-li',
        campaign: { campaignId, response: 'interested' },
      })
      .expect(201);
    const subscribed = await ledger
      .http()
      .post(`/customers/${target}/holdings`)
      .set(rm)
      .send({
        holdingId: `TD-${randomUUID().slice(0, 8)}`,
        productCode,
        productType: 'time-deposit',
        principal: { amount: '300000.00', currency: 'CNY' },
      })
      .expect(201);

    const performance = await ledger
      .http()
      .get(`/campaigns/${campaignId}/performance?minPosition=${subscribed.body.position}`)
      .set(marketing)
      .expect(200);
    const targetCount = targets.body.targetCount as number;
    expect(performance.body).toMatchObject({
      targets: targetCount,
      contacts: 1,
      contactedTargets: 1,
      conversions: 1,
      convertedAmount: { amount: '300000.00', currency: 'CNY' },
      costPerConversion: { amount: '10000.00', currency: 'CNY' },
      // (300,000 × 1% − 10,000) / 10,000
      roi: -0.7,
      revenueRate: 0.01,
    });
    expect(performance.body.conversionRate).toBeCloseTo(1 / targetCount, 4);
    expect(performance.body.campaign).toMatchObject({
      campaignId,
      status: 'launched',
      responses: { interested: 1 },
    });
  });

  it('recomputes the same target list from the frozen position after customers changed', async () => {
    const leaving = await customer(rm);
    await revalue(leaving, rm, '700000.00');
    const growing = await customer(rm);
    await revalue(growing, rm, '100.00');
    const { campaignId } = (await plan().expect(201)).body as { campaignId: string };
    await ledger.http().post(`/campaigns/${campaignId}/launch`).set(marketing).send({}).expect(201);

    // After the launch: one target leaves the bank, one customer grows into the rule, a new one matches.
    await ledger
      .http()
      .post(`/customers/${leaving}/offboarding`)
      .set(rm)
      .send({ reason: 'moved' })
      .expect(201);
    await revalue(growing, rm, '900000.00');
    await revalue(await customer(rm), rm, '800000.00');

    const auditor = await ledger.as('auditor', 'auditor-sun');
    const answer = await ledger
      .http()
      .get(`/campaigns/${campaignId}/targets?recompute=true&limit=200`)
      .set(auditor)
      .expect(200);
    expect(answer.body.items).toContain(leaving);
    expect(answer.body.items).not.toContain(growing);
    expect(answer.body.recomputed).toEqual({
      agrees: true,
      targetCount: answer.body.targetCount,
      items: answer.body.items,
      total: answer.body.total,
    });
  });

  it('shows a relationship manager only its own book of the targets', async () => {
    const mine = await customer(rm);
    await revalue(mine, rm, '600000.00');
    const zhou = await ledger.as('relationship-manager', 'rm-zhou');
    const theirs = await customer(zhou, { relationshipManagerId: 'rm-zhou' });
    const last = await revalue(theirs, zhou, '600000.00');
    await ledger.http().get(`/customers/${theirs}?minPosition=${last.body.position}`).set(zhou).expect(200);
    const { campaignId } = (await plan().expect(201)).body as { campaignId: string };
    await ledger.http().post(`/campaigns/${campaignId}/launch`).set(marketing).send({}).expect(201);

    const seen = await ledger.http().get(`/campaigns/${campaignId}/targets?limit=200`).set(zhou).expect(200);
    expect(seen.body.items).toContain(theirs);
    expect(seen.body.items).not.toContain(mine);
    await ledger
      .http()
      .get(`/campaigns/${campaignId}/targets?relationshipManagerId=rm-li`)
      .set(zhou)
      .expect(403);
  });

  it('names a bad term of the target rule in a 400', async () => {
    const response = await plan({
      targetRule: {
        all: [{ field: 'segment', in: ['retail'] }, { field: 'tier', in: ['MASS'] }, { field: 'colour' }],
      },
    }).expect(400);
    expect(response.body.details).toEqual([
      {
        field: 'targetRule',
        problems: [expect.stringMatching(/^targetRule\.all\[2\]\.field: unknown field "colour"/)],
      },
    ]);
  });

  it('refuses a contact naming a campaign the customer is not a target of, or one not launched', async () => {
    const outsider = await customer(rm); // no assets: never a target
    const { campaignId } = (await plan().expect(201)).body as { campaignId: string };
    const contact = (campaign: string) =>
      ledger
        .http()
        .post(`/customers/${outsider}/contacts`)
        .set(rm)
        .send({
          channel: 'phone',
          purpose: 'campaign',
          outcome: 'no answer',
          relationshipManagerId: 'rm-li',
          campaign: { campaignId: campaign, response: 'no-answer' },
        });
    expect((await contact(campaignId).expect(422)).body.code).toBe('CAMPAIGN_NOT_LAUNCHED');
    expect((await contact(randomUUID()).expect(422)).body.code).toBe('CAMPAIGN_NOT_LAUNCHED');
    await ledger.http().post(`/campaigns/${campaignId}/launch`).set(marketing).send({}).expect(201);
    expect((await contact(campaignId).expect(422)).body.code).toBe('CUSTOMER_NOT_TARGETED');
    await ledger
      .http()
      .post(`/campaigns/${campaignId}/closure`)
      .set(marketing)
      .send({ reason: 'done' })
      .expect(201);
    expect((await contact(campaignId).expect(422)).body.code).toBe('CAMPAIGN_CLOSED');
    const history = await ledger
      .http()
      .get(`/customers/${outsider}/history`)
      .set(await ledger.as('auditor'))
      .expect(200);
    expect(history.body.items.map((event: { type: string }) => event.type)).toEqual(['CustomerOnboarded']);
    const again = await ledger
      .http()
      .post(`/campaigns/${campaignId}/closure`)
      .set(marketing)
      .send({ reason: 'x' });
    expect({ status: again.status, code: again.body.code }).toEqual({
      status: 409,
      code: 'CAMPAIGN_ALREADY_CLOSED',
    });
  });

  it('answers 404 for an unknown campaign and a campaign without frozen targets', async () => {
    const unknown = randomUUID();
    await ledger.http().get(`/campaigns/${unknown}`).set(marketing).expect(404);
    await ledger.http().get(`/campaigns/${unknown}/performance`).set(marketing).expect(404);
    await ledger.http().get(`/campaigns/${unknown}/targets`).set(marketing).expect(404);
    const launch = await ledger.http().post(`/campaigns/${unknown}/launch`).set(marketing).send({});
    expect({ status: launch.status, code: launch.body.code }).toEqual({
      status: 404,
      code: 'CAMPAIGN_NOT_FOUND',
    });
  });
});
