import { randomUUID } from 'node:crypto';
import { startLedger, type Ledger } from './ledger-harness';

const onboarding = (overrides: Record<string, unknown> = {}) => ({
  segment: 'corporate',
  name: '上海星河科技有限公司',
  idNumber: '91310000MA1K4XYZ12',
  phone: '+862155550100',
  branchId: 'branch-shanghai-01',
  relationshipManagerId: 'rm-li',
  ...overrides,
});

describe('customer commands (e2e, embedded store)', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startLedger();
  });
  afterAll(() => ledger.close());

  async function onboard(overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await ledger
      .http()
      .post('/customers')
      .set(await ledger.as('relationship-manager', 'rm-li'))
      .send(onboarding(overrides))
      .expect(201);
    return response.body.customerId as string;
  }

  async function historyOf(
    customerId: string,
  ): Promise<{ type: string; metadata: Record<string, unknown> }[]> {
    const response = await ledger
      .http()
      .get(`/customers/${customerId}/history?limit=200`)
      .set(await ledger.as('auditor'));
    return response.status === 404 ? [] : response.body.items;
  }

  it('onboards a customer and answers its id, revision and position', async () => {
    const customerId = randomUUID();
    const response = await ledger
      .http()
      .post('/customers')
      .set(await ledger.as('relationship-manager', 'rm-li'))
      .send(onboarding({ customerId }))
      .expect(201);
    expect(response.body).toEqual({ customerId, revision: 0, position: expect.stringMatching(/^\d+$/) });
    const [event] = await historyOf(customerId);
    expect(event).toMatchObject({
      type: 'CustomerOnboarded',
      metadata: { actor: { id: 'rm-li', role: 'relationship-manager' } },
    });
  });

  it('refuses a request without a token (401) and a role the route does not admit (403)', async () => {
    await ledger.http().post('/customers').send(onboarding()).expect(401);
    await ledger
      .http()
      .post('/customers')
      .set({ Authorization: 'Bearer not-a-jwt' })
      .send(onboarding())
      .expect(401);
    const forbidden = await ledger
      .http()
      .post('/customers')
      .set(await ledger.as('call-center'))
      .send(onboarding())
      .expect(403);
    expect(forbidden.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
  });

  it('names every failing field in a 400 and appends nothing', async () => {
    const customerId = randomUUID();
    const response = await ledger
      .http()
      .post('/customers')
      .set(await ledger.as('relationship-manager'))
      .send({
        ...onboarding({ customerId, segment: 'vip', phone: 'call me' }),
        nickname: 'x',
        name: undefined,
      })
      .expect(400);
    const fields = (response.body.details as { field: string }[]).map((detail) => detail.field).sort();
    expect(fields).toEqual(['name', 'nickname', 'phone', 'segment']);
    expect(await historyOf(customerId)).toEqual([]);
  });

  it('refuses a negative amount naming the nested field', async () => {
    const customerId = await onboard();
    const response = await ledger
      .http()
      .post(`/customers/${customerId}/holdings`)
      .set(await ledger.as('relationship-manager'))
      .send({
        productCode: 'TD-12M',
        productType: 'time-deposit',
        principal: { amount: '-5.00', currency: 'CNY' },
      })
      .expect(400);
    expect(response.body.details).toEqual([{ field: 'principal.amount', problems: [expect.any(String)] }]);
  });

  it('keys a holding by the bank’s contract number, and refuses one that is not', async () => {
    const customerId = await onboard();
    const rm = await ledger.as('relationship-manager', 'rm-li');
    const holdings = `/customers/${customerId}/holdings`;
    const principal = { amount: '100000.00', currency: 'CNY' };
    const subscribed = await ledger
      .http()
      .post(holdings)
      .set(rm)
      .send({ holdingId: 'TD-2026-000123', productCode: 'TD-12M', productType: 'time-deposit', principal })
      .expect(201);
    expect(subscribed.body.holdingId).toBe('TD-2026-000123');
    await ledger
      .http()
      .post(`${holdings}/TD-2026-000123/maturity`)
      .set(rm)
      .send({ proceeds: principal, rolledOverInto: 'TD-2027-000456' })
      .expect(201);
    const refused = await ledger
      .http()
      .post(holdings)
      .set(rm)
      .send({ holdingId: 'TD 2026/1', productCode: 'TD-12M', productType: 'time-deposit', principal })
      .expect(400);
    expect(refused.body.details).toEqual([{ field: 'holdingId', problems: [expect.any(String)] }]);
    expect((await historyOf(customerId)).map((event) => event.type)).toEqual([
      'CustomerOnboarded',
      'ProductSubscribed',
      'ProductMatured',
    ]);
  });

  it('answers 409 with the domain code when the customer is onboarded twice', async () => {
    const customerId = await onboard();
    const response = await ledger
      .http()
      .post('/customers')
      .set(await ledger.as('relationship-manager'))
      .send(onboarding({ customerId }))
      .expect(409);
    expect(response.body).toMatchObject({ statusCode: 409, code: 'CUSTOMER_ALREADY_ONBOARDED' });
  });

  it('answers 404 for a command on a customer that does not exist, and appends nothing', async () => {
    const customerId = randomUUID();
    await ledger
      .http()
      .post(`/customers/${customerId}/contacts`)
      .set(await ledger.as('call-center'))
      .send({ channel: 'phone', purpose: 'greeting', outcome: 'reached', relationshipManagerId: 'rm-li' })
      .expect(404);
    expect(await historyOf(customerId)).toEqual([]);
  });

  it('replays a request with the same Idempotency-Key and body, and refuses the key with another body (422)', async () => {
    const customerId = await onboard();
    const key = `contact-${randomUUID()}`;
    const contact = {
      channel: 'visit',
      purpose: 'annual review',
      outcome: 'done',
      relationshipManagerId: 'rm-li',
    };
    const headers = { ...(await ledger.as('relationship-manager')), 'Idempotency-Key': key };
    const first = await ledger
      .http()
      .post(`/customers/${customerId}/contacts`)
      .set(headers)
      .send(contact)
      .expect(201);
    const again = await ledger
      .http()
      .post(`/customers/${customerId}/contacts`)
      .set(headers)
      .send(contact)
      .expect(201);
    expect(again.body).toEqual(first.body);
    expect(first.body.contactId).toEqual(expect.any(String));
    const refused = await ledger
      .http()
      .post(`/customers/${customerId}/contacts`)
      .set(headers)
      .send({ ...contact, outcome: 'something else' })
      .expect(422);
    expect(refused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await historyOf(customerId)).filter((event) => event.type === 'ContactLogged')).toHaveLength(1);
  });

  describe('tier reviews (maker-checker)', () => {
    async function corporateWithContribution(): Promise<string> {
      const customerId = await onboard();
      await ledger
        .http()
        .post(`/customers/${customerId}/contributions`)
        .set(await ledger.as('relationship-manager'))
        .send({
          year: 2026,
          contribution: { amount: '12000000.00', currency: 'CNY' },
          departmentsEngaged: 3,
          growthRate: 0.2,
        })
        .expect(201);
      return customerId;
    }

    async function openReview(customerId: string): Promise<string> {
      const response = await ledger
        .http()
        .post(`/customers/${customerId}/tier-reviews`)
        .set(await ledger.as('relationship-manager', 'rm-li'))
        .send({ specialBackground: 'government-or-monopoly', rationale: 'strong growth, three departments' })
        .expect(201);
      return response.body.reviewId as string;
    }

    it('refuses a decision by the review’s own requester (four-eyes)', async () => {
      const customerId = await corporateWithContribution();
      const reviewId = await openReview(customerId);
      const response = await ledger
        .http()
        .post(`/customers/${customerId}/tier-reviews/${reviewId}/decision`)
        .set(await ledger.as('committee-member', 'rm-li'))
        .send({ decision: 'approve', committee: ['rm-li', 'committee-zhao'], reason: 'ok' })
        .expect(422);
      expect(response.body.code).toBe('FOUR_EYES_VIOLATION');
    });

    it('refuses a tier change with fewer than two committee members', async () => {
      const customerId = await corporateWithContribution();
      const reviewId = await openReview(customerId);
      const response = await ledger
        .http()
        .post(`/customers/${customerId}/tier-reviews/${reviewId}/decision`)
        .set(await ledger.as('committee-member', 'committee-chen'))
        .send({ decision: 'approve', committee: ['committee-chen'], reason: 'ok' })
        .expect(422);
      expect(response.body.code).toBe('COMMITTEE_TOO_SMALL');
    });

    it('records the committee’s decision once; a second decision is a conflict', async () => {
      const customerId = await corporateWithContribution();
      const reviewId = await openReview(customerId);
      const decide = async () =>
        ledger
          .http()
          .post(`/customers/${customerId}/tier-reviews/${reviewId}/decision`)
          .set(await ledger.as('committee-member', 'committee-chen'))
          .send({
            decision: 'approve',
            committee: ['committee-chen', 'committee-zhao'],
            reason: 'meets criteria',
          });
      const approved = await decide();
      expect(approved.status).toBe(201);
      expect(approved.body).toMatchObject({ customerId, reviewId });
      expect((await decide()).body).toMatchObject({ statusCode: 409, code: 'TIER_REVIEW_ALREADY_DECIDED' });
      const types = (await historyOf(customerId)).map((event) => event.type);
      expect(types).toEqual([
        'CustomerOnboarded',
        'ContributionRecorded',
        'TierReviewOpened',
        'TierReassessed',
      ]);
    });
  });

  it('verifies the hash chain of a customer’s history', async () => {
    const customerId = await onboard();
    const response = await ledger
      .http()
      .get(`/customers/${customerId}/history/verify`)
      .set(await ledger.as('auditor'))
      .expect(200);
    expect(response.body).toMatchObject({
      customerId,
      valid: true,
      events: 1,
      headHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });
});
