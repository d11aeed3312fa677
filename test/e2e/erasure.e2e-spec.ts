import { randomUUID } from 'node:crypto';
import { startLedger, type Ledger } from './ledger-harness';
import { distinctIdNumber, onboard } from './onboarding';

describe('erasure of personal data (e2e)', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startLedger();
  });
  afterAll(() => ledger.close());

  async function offboardedCustomer(onboardedAt: string, offboardedAt: string): Promise<string> {
    const customerId = randomUUID();
    const rm = await ledger.as('relationship-manager', 'rm-li');
    await onboard(ledger, rm, {
      customerId,
      name: '韩梅梅',
      idNumber: distinctIdNumber('310101198805051234'),
      phone: '+8613911112222',
      onboardedAt,
    });
    await ledger
      .http()
      .post(`/customers/${customerId}/offboarding`)
      .set(rm)
      .send({ reason: 'moved abroad', at: offboardedAt })
      .expect(201);
    return customerId;
  }

  async function history(
    customerId: string,
  ): Promise<{ type: string; data: Record<string, unknown>; metadata: Record<string, unknown> }[]> {
    const response = await ledger
      .http()
      .get(`/customers/${customerId}/history`)
      .set(await ledger.as('auditor'))
      .expect(200);
    return response.body.items;
  }

  it('destroys the key at once when the retention period has ended: personal fields read as erased, the chain still verifies', async () => {
    const customerId = await offboardedCustomer('2015-03-01T00:00:00Z', '2019-06-30T00:00:00Z');
    const response = await ledger
      .http()
      .post(`/customers/${customerId}/erasure`)
      .set(await ledger.as('admin'))
      .send({ reason: 'PIPL art. 47 request' })
      .expect(201);
    expect(response.body.erased).toBe(true);

    const events = await history(customerId);
    expect(events.map((event) => event.type)).toEqual([
      'CustomerOnboarded',
      'CustomerOffboarded',
      'PersonalDataErasureRequested',
      'PersonalDataErased',
    ]);
    expect(events[0]?.data).toMatchObject({
      name: '[erased]',
      idNumber: '[erased]',
      phone: '[erased]',
      segment: 'retail',
      branchId: 'b1',
    });
    const verification = await ledger
      .http()
      .get(`/customers/${customerId}/history/verify`)
      .set(await ledger.as('auditor'))
      .expect(200);
    expect(verification.body).toMatchObject({ valid: true, events: 4 });
  });

  it("shreds a keyed request's hash with the key; a retry of that request still gets its recorded answer", async () => {
    const customerId = randomUUID();
    const rm = await ledger.as('relationship-manager', 'rm-li');
    await onboard(ledger, rm, { customerId, onboardedAt: '2015-03-01T00:00:00Z' });
    const offboarding = () =>
      ledger
        .http()
        .post(`/customers/${customerId}/offboarding`)
        .set(rm)
        .set('Idempotency-Key', `offboard-${customerId}`)
        .send({ reason: 'moved abroad', at: '2019-06-30T00:00:00Z' })
        .expect(201);
    const answered = await offboarding();
    expect((await history(customerId))[1]).toMatchObject({
      type: 'CustomerOffboarded',
      metadata: { requestHash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });

    await ledger
      .http()
      .post(`/customers/${customerId}/erasure`)
      .set(await ledger.as('admin'))
      .send({ reason: 'PIPL art. 47 request' })
      .expect(201);
    expect((await history(customerId))[1]).toMatchObject({ metadata: { requestHash: '[erased]' } });
    expect((await offboarding()).body).toEqual(answered.body);
  });

  it('inside the retention period records the request and restricts processing, keeping the data', async () => {
    const customerId = await offboardedCustomer('2024-01-01T00:00:00Z', '2026-10-01T00:00:00Z');
    const response = await ledger
      .http()
      .post(`/customers/${customerId}/erasure`)
      .set(await ledger.as('admin'))
      .send({ reason: 'customer request' })
      .expect(201);
    expect(response.body.erased).toBe(false);
    const events = await history(customerId);
    expect(events.at(-1)?.type).toBe('PersonalDataErasureRequested');
    expect(events[0]?.data).toMatchObject({ idNumber: expect.stringMatching(/^310101\d{8}1234$/) });
    await ledger
      .http()
      .post(`/customers/${customerId}/erasure`)
      .set(await ledger.as('admin'))
      .send({ reason: 'again' })
      .expect(409);
  });

  it('is refused while the relationship is active, and to every role but admin', async () => {
    const customerId = randomUUID();
    await onboard(ledger, await ledger.as('relationship-manager'), {
      customerId,
      name: '王五',
      idNumber: '110101197001011234',
      phone: '+8613700000000',
    });
    await ledger
      .http()
      .post(`/customers/${customerId}/erasure`)
      .set(await ledger.as('relationship-manager'))
      .send({ reason: 'x' })
      .expect(403);
    const refused = await ledger
      .http()
      .post(`/customers/${customerId}/erasure`)
      .set(await ledger.as('admin'))
      .send({ reason: 'x' })
      .expect(422);
    expect(refused.body.code).toBe('ERASURE_WHILE_ACTIVE');
  });
});
