import { randomUUID } from 'node:crypto';
import { startLedger, type Ledger } from './ledger-harness';
import { distinctIdNumber } from './onboarding';

const onboarding = (overrides: Record<string, unknown> = {}) => ({
  segment: 'corporate',
  name: '上海星河科技有限公司',
  idNumber: distinctIdNumber('91310000MA1K4XYZ12'),
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
  ): Promise<{ type: string; data: Record<string, unknown>; metadata: Record<string, unknown> }[]> {
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

    const vote = async (customerId: string, reviewId: string, member: string, body: object) =>
      ledger
        .http()
        .post(`/customers/${customerId}/tier-reviews/${reviewId}/votes`)
        .set(await ledger.as('committee-member', member))
        .send(body);
    const typesOf = async (customerId: string) => (await historyOf(customerId)).map((event) => event.type);

    it('refuses a vote by the review’s own requester (four-eyes), appending nothing', async () => {
      const customerId = await corporateWithContribution();
      const reviewId = await openReview(customerId);
      const response = await vote(customerId, reviewId, 'rm-li', { vote: 'approve', reason: 'ok' });
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('FOUR_EYES_VIOLATION');
      expect(await typesOf(customerId)).toEqual([
        'CustomerOnboarded',
        'ContributionRecorded',
        'TierReviewOpened',
      ]);
    });

    it('takes the member from the token only: a body naming a committee or a member is refused', async () => {
      const customerId = await corporateWithContribution();
      const reviewId = await openReview(customerId);
      for (const extra of [
        { committee: ['committee-chen', 'committee-zhao'] },
        { memberId: 'committee-zhao' },
      ]) {
        const response = await vote(customerId, reviewId, 'committee-chen', {
          vote: 'approve',
          reason: 'ok',
          ...extra,
        });
        expect(response.status).toBe(400);
        expect(JSON.stringify(response.body)).toContain(Object.keys(extra)[0]);
      }
      const badVote = await vote(customerId, reviewId, 'committee-chen', { vote: 'abstain', reason: 'ok' });
      expect(badVote.status).toBe(400);
      expect(JSON.stringify(badVote.body)).toContain('vote');
      expect(await typesOf(customerId)).toHaveLength(3);
    });

    it('closes the review on two distinct approvals; one member voting twice is 409 ALREADY_VOTED', async () => {
      const customerId = await corporateWithContribution();
      const reviewId = await openReview(customerId);
      const first = await vote(customerId, reviewId, 'committee-chen', {
        vote: 'approve',
        reason: 'meets criteria',
      });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ customerId, reviewId });
      const again = await vote(customerId, reviewId, 'committee-chen', {
        vote: 'approve',
        reason: 'still agree',
      });
      expect(again.body).toMatchObject({ statusCode: 409, code: 'ALREADY_VOTED' });
      expect(await typesOf(customerId)).toEqual([
        'CustomerOnboarded',
        'ContributionRecorded',
        'TierReviewOpened',
        'TierReviewVoteCast',
      ]);
      const second = await vote(customerId, reviewId, 'committee-zhao', {
        vote: 'approve',
        reason: 'agreed',
      });
      expect(second.status).toBe(201);
      const history = await historyOf(customerId);
      expect(history.map((event) => event.type).slice(3)).toEqual([
        'TierReviewVoteCast',
        'TierReviewVoteCast',
        'TierReassessed',
      ]);
      expect(history.at(-1)?.data).toMatchObject({
        committee: ['committee-chen', 'committee-zhao'],
        decidedBy: 'committee-zhao',
        requestedBy: 'rm-li',
      });
      const late = await vote(customerId, reviewId, 'committee-qian', { vote: 'reject', reason: 'too late' });
      expect(late.body).toMatchObject({ statusCode: 409, code: 'TIER_REVIEW_ALREADY_DECIDED' });
    });

    it('refuses a tier on a rejection with 422 naming the field', async () => {
      const customerId = await corporateWithContribution();
      const reviewId = await openReview(customerId);
      const response = await vote(customerId, reviewId, 'committee-chen', {
        vote: 'reject',
        tier: 'KEY',
        reason: 'no',
      });
      expect(response.body).toMatchObject({ statusCode: 422, code: 'TIER_ONLY_WITH_APPROVAL' });
      expect(response.body.message).toContain('tier');
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
