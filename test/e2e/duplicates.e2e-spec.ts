import { randomUUID } from 'node:crypto';
import type { EventStore, RecordedEvent } from '@ledger/event-store';
import { EVENT_STORE } from '../../apps/api/src/infrastructure/tokens';
import { startLedger, type Ledger } from './ledger-harness';
import { distinctIdNumber, onboard } from './onboarding';

const BODY = {
  segment: 'retail',
  name: '陈静',
  phone: '+8613800000002',
  branchId: 'b1',
  relationshipManagerId: 'rm-li',
};

describe('duplicate customers (e2e)', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startLedger();
  });
  afterAll(() => ledger.close());

  const store = () => ledger.app.get<symbol, EventStore>(EVENT_STORE, { strict: false });
  async function everyEvent(): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for await (const event of store().readAll()) events.push(event);
    return events;
  }
  const post = async (body: object, headers: Record<string, string> = {}) =>
    ledger
      .http()
      .post('/customers')
      .set(await ledger.as('relationship-manager'))
      .set(headers)
      .send({ ...BODY, ...body });

  it('answers 409 DUPLICATE_CUSTOMER with the existing customer for a number on file, typed another way, and appends nothing', async () => {
    const idNumber = distinctIdNumber('11010119900307123X');
    const { customerId } = await onboard(ledger, await ledger.as('relationship-manager'), { idNumber });
    const before = await everyEvent();
    const typedAgain = `${idNumber.slice(0, 6)}-${idNumber.slice(6, -1)}x`;
    const response = await post({ customerId: randomUUID(), idNumber: typedAgain });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      statusCode: 409,
      code: 'DUPLICATE_CUSTOMER',
      details: [expect.objectContaining({ field: 'existingCustomerId', value: customerId })],
    });
    expect(await everyEvent()).toEqual(before);
  });

  it('registers the number by its blind index only: no stream name or event holds it', async () => {
    const idNumber = distinctIdNumber('320102198001011234');
    const { customerId } = await onboard(ledger, await ledger.as('relationship-manager'), { idNumber });
    const register = (await everyEvent()).filter(
      (event) => event.type === 'IdNumberRegistered' && event.data['customerId'] === customerId,
    );
    expect(register).toHaveLength(1);
    expect(register[0]?.stream).toMatch(/^identity-[A-Za-z0-9_-]{22}$/);
    expect(JSON.stringify(register.map(({ stream, data }) => ({ stream, data })))).not.toContain(idNumber);
  });

  it('lets only one of two concurrent onboardings of one number succeed', async () => {
    const idNumber = distinctIdNumber();
    const ids = [randomUUID(), randomUUID()];
    const responses = await Promise.all(ids.map((customerId) => post({ customerId, idNumber })));
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
    const loser = responses.find((response) => response.status === 409);
    const winner = ids[responses.findIndex((response) => response.status === 201)];
    expect(loser?.body).toMatchObject({
      code: 'DUPLICATE_CUSTOMER',
      details: [expect.objectContaining({ value: winner })],
    });
  });

  it('frees the number again when the onboarding itself is refused', async () => {
    const { customerId } = await onboard(ledger, await ledger.as('relationship-manager'));
    const idNumber = distinctIdNumber();
    const refused = await post({ customerId, idNumber });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CUSTOMER_ALREADY_ONBOARDED');
    expect((await post({ customerId: randomUUID(), idNumber })).status).toBe(201);
  });

  it('answers a retried onboarding (same Idempotency-Key) as the first time, not as a duplicate', async () => {
    const body = { idNumber: distinctIdNumber() };
    const key = { 'Idempotency-Key': randomUUID() };
    const first = await post(body, key);
    const retry = await post(body, key);
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.body).toEqual(first.body);
  });
});
