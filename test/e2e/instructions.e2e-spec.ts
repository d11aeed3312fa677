import { randomUUID } from 'node:crypto';
import { InstructionTimeoutSweep } from '../../apps/api/src/instructions/timing-out/instruction-timeout-sweep';
import { startLedger, type Ledger } from './ledger-harness';
import { onboard } from './onboarding';

type Auth = { Authorization: string };

describe('client instructions, checked step by step (e2e)', () => {
  let ledger: Ledger;
  let rm: Auth;
  let specialist: Auth;
  let officer: Auth;
  beforeAll(async () => {
    ledger = await startLedger();
    rm = await ledger.as('relationship-manager', 'rm-li');
    specialist = await ledger.as('wealth-specialist', 'ws-wu');
    officer = await ledger.as('credit-officer', 'co-qian');
  });
  afterAll(() => ledger.close());

  const post = (path: string, auth: Auth, body: object = {}) => ledger.http().post(path).set(auth).send(body);
  const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();
  const cny = (amount: string) => ({ amount, currency: 'CNY' });

  /** A corporate customer of rm-li with a seal, a phone authorisation and a 1,000,000 facility. */
  async function corporateCustomer(): Promise<string> {
    const { customerId } = await onboard(ledger, rm, { segment: 'corporate', name: '上海精密光学有限公司' });
    await post(`/customers/${customerId}/seal-specimens`, rm, { specimenRef: 'DMS-SEAL-0042' }).expect(201);
    await post(`/customers/${customerId}/phone-authorisations`, rm, {
      authorisedCallers: ['Zhang Wei'],
      validUntil: '2099-12-31T00:00:00Z',
    }).expect(201);
    const granted = await post(`/customers/${customerId}/credit-facilities`, officer, {
      facilityId: 'CF-1',
      limit: cny('1000000.00'),
      validUntil: '2099-12-31T00:00:00Z',
    });
    expect(granted.status).toBe(201);
    return customerId;
  }

  async function receive(
    customerId: string,
    channel: 'written' | 'phone',
    amount: string,
    extra: object = {},
  ) {
    const instructionId = randomUUID();
    const body = { instructionId, customerId, channel, product: 'TD-12M-CNY', productType: 'time-deposit' };
    const received = await post('/instructions', specialist, {
      ...body,
      side: 'buy',
      amount: cny(amount),
      ...extra,
    });
    expect(received.body).toMatchObject({ instructionId, revision: 0 });
    return { instructionId, position: received.body.position as string };
  }

  /** Authorised, quoted and accepted, credit checked: what the credit check answered. */
  async function upToCreditCheck(instructionId: string, channel: 'written' | 'phone') {
    const step = (name: string, body: object = {}) =>
      post(`/instructions/${instructionId}/${name}`, specialist, body);
    if (channel === 'written') await step('seal-verification', { matches: true }).expect(201);
    else await step('phone-authorisation', { caller: 'Zhang Wei' }).expect(201);
    await step('quote', { price: '1.0000', validUntil: inAnHour() }).expect(201);
    await step('quote-acceptance', { accepted: true }).expect(201);
    return step('credit-check').expect(201);
  }

  const view = async (instructionId: string, position: string, auth: Auth = specialist) =>
    ledger.http().get(`/instructions/${instructionId}?minPosition=${position}`).set(auth);

  it('runs a written instruction within the limit to confirmation: the subscription is in the 360 view and draws on the facility', async () => {
    const customerId = await corporateCustomer();
    const { instructionId } = await receive(customerId, 'written', '300000.00');
    await upToCreditCheck(instructionId, 'written');
    await post(`/instructions/${instructionId}/funds-check`, specialist, { sufficient: true }).expect(201);
    const correlationId = `corr-${randomUUID()}`;
    const confirmed = await ledger
      .http()
      .post(`/instructions/${instructionId}/confirmation`)
      .set(specialist)
      .set('X-Correlation-Id', correlationId)
      .send({ confirmationNo: 'TC-2026-0001' })
      .expect(201);

    const trail = await view(instructionId, confirmed.body.position);
    expect(trail.status).toBe(200);
    expect(trail.body).toMatchObject({
      status: 'confirmed',
      confirmationNo: 'TC-2026-0001',
      receivedBy: 'ws-wu',
    });
    expect(
      trail.body.checks.map((check: { step: string; by: string }) => `${check.step} ${check.by}`),
    ).toEqual([
      'seal-verification ws-wu',
      'quote ws-wu',
      'quote-acceptance ws-wu',
      'credit-check ws-wu',
      'funds-check ws-wu',
      'confirmation ws-wu',
    ]);
    expect(trail.body.checks[3].details).toMatchObject({ within: true, limit: cny('1000000.00') });

    const customer = await ledger
      .http()
      .get(`/customers/${customerId}?minPosition=${confirmed.body.position}`)
      .set(rm)
      .expect(200);
    expect(customer.body.holdings).toEqual([
      expect.objectContaining({
        holdingId: instructionId,
        productCode: 'TD-12M-CNY',
        principal: cny('300000.00'),
      }),
    ]);
    expect(customer.body.dealingMandate).toEqual({
      sealSpecimenRef: 'DMS-SEAL-0042',
      phoneAuthorisationValidUntil: '2099-12-31T00:00:00.000Z',
      creditFacility: expect.objectContaining({
        utilisation: cny('300000.00'),
        available: cny('700000.00'),
      }),
    });
    // The subscription and the confirmation share the request's correlation id.
    const history = await ledger
      .http()
      .get(`/customers/${customerId}/history`)
      .set(await ledger.as('auditor'))
      .expect(200);
    const subscribed = history.body.items.find((item: { type: string }) => item.type === 'ProductSubscribed');
    expect(subscribed.data).toMatchObject({ instructionId });
    expect(subscribed.metadata.$correlationId).toBe(correlationId);
  });

  it('runs a phone instruction over the limit to confirmation: the receiving specialist may not approve its credit, an officer does', async () => {
    const customerId = await corporateCustomer();
    const { instructionId: first } = await receive(customerId, 'phone', '600000.00');
    await upToCreditCheck(first, 'phone');
    await post(`/instructions/${first}/funds-check`, specialist, { sufficient: true }).expect(201);
    await post(`/instructions/${first}/confirmation`, specialist, { confirmationNo: 'TC-1' }).expect(201);

    const { instructionId: second } = await receive(customerId, 'phone', '500000.00');
    const checked = await upToCreditCheck(second, 'phone');
    expect((await view(second, checked.body.position)).body).toMatchObject({
      expectedStep: 'credit-approval',
    });
    const twoHats = await ledger.as(['credit-officer', 'wealth-specialist'], 'ws-wu');
    const refused = await post(`/instructions/${second}/credit-approval`, twoHats, {
      approved: true,
      reason: 'mine',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('CREDIT_APPROVAL_FOUR_EYES');
    await post(`/instructions/${second}/credit-approval`, officer, {
      approved: true,
      reason: 'secured',
    }).expect(201);
    await post(`/instructions/${second}/funds-check`, specialist, { sufficient: true }).expect(201);
    const confirmed = await post(`/instructions/${second}/confirmation`, specialist, {
      confirmationNo: 'TC-2',
    }).expect(201);

    const trail = await view(second, confirmed.body.position);
    expect(trail.body.checks[3].details).toMatchObject({ within: false, utilisation: cny('600000.00') });
    expect(trail.body.checks[4]).toMatchObject({
      step: 'credit-approval',
      by: 'co-qian',
      role: 'credit-officer',
    });
    const customer = await ledger
      .http()
      .get(`/customers/${customerId}?minPosition=${confirmed.body.position}`)
      .set(rm);
    expect(customer.body.dealingMandate.creditFacility.utilisation).toEqual(cny('1100000.00'));
    expect(customer.body.holdings).toHaveLength(2);
  });

  it('redeems by a sell instruction the holding a buy opened: the holding matures and utilisation is released', async () => {
    const customerId = await corporateCustomer();
    const { instructionId: buy } = await receive(customerId, 'written', '200000.00');
    await upToCreditCheck(buy, 'written');
    await post(`/instructions/${buy}/funds-check`, specialist, { sufficient: true }).expect(201);
    await post(`/instructions/${buy}/confirmation`, specialist, { confirmationNo: 'TC-B' }).expect(201);

    const refused = await post('/instructions', specialist, {
      customerId,
      channel: 'written',
      product: 'TD-12M-CNY',
      productType: 'time-deposit',
      side: 'sell',
      amount: cny('200000.00'),
      holdingId: 'TD-NOT-HELD',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('INSTRUCTION_HOLDING_MISMATCH');
    const { instructionId: sell } = await receive(customerId, 'written', '200000.00', {
      side: 'sell',
      holdingId: buy,
    });
    await upToCreditCheck(sell, 'written');
    await post(`/instructions/${sell}/funds-check`, specialist, { sufficient: true }).expect(201);
    const confirmed = await post(`/instructions/${sell}/confirmation`, specialist, {
      confirmationNo: 'TC-S',
    }).expect(201);
    expect((await view(sell, confirmed.body.position)).body).toMatchObject({
      status: 'confirmed',
      holdingId: buy,
    });
    const customer = await ledger
      .http()
      .get(`/customers/${customerId}?minPosition=${confirmed.body.position}`)
      .set(rm);
    expect(customer.body.holdings).toEqual([expect.objectContaining({ holdingId: buy, status: 'matured' })]);
    expect(customer.body.dealingMandate.creditFacility.utilisation).toEqual(cny('0.00'));
  });

  it('aborts at the funds check, and takes no step after the abort (409 naming none expected)', async () => {
    const customerId = await corporateCustomer();
    const { instructionId } = await receive(customerId, 'written', '100000.00');
    await upToCreditCheck(instructionId, 'written');
    const stopped = await post(`/instructions/${instructionId}/funds-check`, specialist, {
      sufficient: false,
    }).expect(201);
    expect((await view(instructionId, stopped.body.position)).body).toMatchObject({
      status: 'aborted',
      abortedAtStep: 'funds-check',
      abortReason: 'insufficient-funds',
      expectedStep: null,
    });
    const after = await post(`/instructions/${instructionId}/confirmation`, specialist, {
      confirmationNo: 'TC-9',
    });
    expect(after.status).toBe(409);
    expect(after.body.code).toBe('INSTRUCTION_OUT_OF_ORDER');
    const customer = await ledger
      .http()
      .get(`/customers/${customerId}?minPosition=${stopped.body.position}`)
      .set(rm);
    expect(customer.body.holdings).toEqual([]);
  });

  it('refuses a quote before the seal is verified, naming the step it waits for (409), and a retail customer (422)', async () => {
    const customerId = await corporateCustomer();
    const { instructionId } = await receive(customerId, 'written', '100000.00');
    const early = await post(`/instructions/${instructionId}/quote`, specialist, {
      price: '1.0',
      validUntil: inAnHour(),
    });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'INSTRUCTION_OUT_OF_ORDER' });
    expect(early.body.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'expected', value: 'seal-verification' })]),
    );
    const { customerId: retail } = await onboard(ledger, rm);
    const refused = await post('/instructions', specialist, {
      customerId: retail,
      channel: 'phone',
      product: 'TD-12M-CNY',
      productType: 'time-deposit',
      side: 'buy',
      amount: cny('1.00'),
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('CORPORATE_CUSTOMER_ONLY');
  });

  it('times out an instruction not confirmed within instruction.abortAfterHours, and counts it in the KPIs', async () => {
    const customerId = await corporateCustomer();
    const receivedAt = new Date(Date.now() - 25 * 3_600_000).toISOString();
    const { instructionId, position } = await receive(customerId, 'phone', '1000.00', { receivedAt });
    const { body } = await view(instructionId, position);
    expect(body.confirmBy).toBe(new Date(Date.parse(receivedAt) + 24 * 3_600_000).toISOString());
    const before = await ledger.http().get('/instructions/kpis').set(officer).expect(200);
    const [timedOut] = (await ledger.app.get(InstructionTimeoutSweep).sweep()).filter(
      (ref) => ref.instructionId === instructionId,
    );
    expect(timedOut).toBeDefined();
    expect((await view(instructionId, timedOut?.position ?? '')).body).toMatchObject({
      status: 'aborted',
      abortedAtStep: 'phone-authorisation',
      abortReason: 'timed-out',
      checks: [expect.objectContaining({ event: 'InstructionAborted', by: 'system' })],
    });
    const after = await ledger.http().get('/instructions/kpis').set(officer).expect(200);
    expect(after.body.abortedByReason['timed-out']).toBe(before.body.abortedByReason['timed-out'] + 1);
    expect(after.body.sla.timedOut).toBe(before.body.sla.timedOut + 1);
    // A second sweep finds nothing more to do for it.
    const again = await ledger.app.get(InstructionTimeoutSweep).sweep();
    expect(again.map((ref) => ref.instructionId)).not.toContain(instructionId);
  });

  it('reads in scope: the customer’s manager sees its instructions, another manager does not; KPIs count by reason and officer', async () => {
    const customerId = await corporateCustomer();
    const { instructionId } = await receive(customerId, 'written', '1000.00');
    const stopped = await post(`/instructions/${instructionId}/abort`, specialist, {
      note: 'client withdrew',
    }).expect(201);
    expect((await view(instructionId, stopped.body.position, rm)).body).toMatchObject({
      abortReason: 'withdrawn',
    });
    const other = await ledger.as('relationship-manager', 'rm-zhou');
    expect((await view(instructionId, stopped.body.position, other)).status).toBe(404);
    const theirs = await ledger.http().get(`/instructions?customerId=${customerId}`).set(other).expect(200);
    expect(theirs.body.items).toEqual([]);
    const own = await ledger.http().get(`/instructions?customerId=${customerId}`).set(rm).expect(200);
    expect(own.body.items.map((item: { instructionId: string }) => item.instructionId)).toEqual([
      instructionId,
    ]);
    expect((await ledger.http().get('/instructions?relationshipManagerId=rm-li').set(other)).status).toBe(
      403,
    );

    const kpis = await ledger.http().get('/instructions/kpis').set(officer).expect(200);
    expect(kpis.body.abortedByReason.withdrawn).toBeGreaterThanOrEqual(1);
    expect(kpis.body.confirmed).toBeGreaterThanOrEqual(3);
    expect(kpis.body.creditApprovalsByOfficer['co-qian']).toEqual({ granted: 1, refused: 0 });
    expect(kpis.body.medianHoursToConfirmation).toEqual(expect.any(Number));
  });
});
