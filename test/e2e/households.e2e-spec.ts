import { randomUUID } from 'node:crypto';
import { startLedger, type Ledger } from './ledger-harness';
import { onboard } from './onboarding';

describe('households (e2e)', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startLedger();
  });
  afterAll(() => ledger.close());

  const rm = () => ledger.as('relationship-manager', 'rm-li');
  const post = async (path: string, body: object) =>
    ledger
      .http()
      .post(path)
      .set(await rm())
      .send(body);
  const value = async (customerId: string, amount: string, asOf: string) =>
    (
      await post(`/customers/${customerId}/asset-valuations`, {
        totalFinancialAssets: { amount, currency: 'CNY' },
        asOf,
      }).then((response) => {
        expect(response.status).toBe(201);
        return response;
      })
    ).body.position as string;
  const view = async (householdId: string, minPosition: string) =>
    ledger
      .http()
      .get(`/households/${householdId}?minPosition=${minPosition}`)
      .set(await rm())
      .expect(200);
  const form = async () => {
    const householdId = randomUUID();
    const formed = await post('/households', { householdId, name: '王家', branchId: 'b1' });
    expect(formed.status).toBe(201);
    return householdId;
  };

  it("shows the members and a household AUM that follows the members' valuations", async () => {
    const head = await onboard(ledger, await rm());
    const spouse = await onboard(ledger, await rm());
    await value(head.customerId, '300000.00', '2026-11-01T00:00:00Z');
    const householdId = await form();
    expect(
      (await post(`/households/${householdId}/members`, { customerId: head.customerId, role: 'head' }))
        .status,
    ).toBe(201);
    const joined = await post(`/households/${householdId}/members`, {
      customerId: spouse.customerId,
      role: 'spouse',
    });
    expect(joined.status).toBe(201);
    expect((await view(householdId, joined.body.position)).body).toMatchObject({
      householdId,
      members: [
        { customerId: head.customerId, role: 'head' },
        { customerId: spouse.customerId, role: 'spouse' },
      ],
      householdAum: { amount: '300000.00', currency: 'CNY' },
    });
    const later = await value(spouse.customerId, '120000.00', '2026-11-02T00:00:00Z');
    expect((await view(householdId, later)).body.householdAum).toEqual({
      amount: '420000.00',
      currency: 'CNY',
    });
    const left = await post(`/households/${householdId}/members/${spouse.customerId}/departure`, {
      reason: 'moved',
    });
    expect(left.status).toBe(201);
    expect((await view(householdId, left.body.position)).body.householdAum.amount).toBe('300000.00');
  });

  it('refuses an unknown customer (422), an offboarded one (422) and a member of another household (409)', async () => {
    const householdId = await form();
    const unknown = await post(`/households/${householdId}/members`, {
      customerId: randomUUID(),
      role: 'child',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('HOUSEHOLD_MEMBER_NOT_ACTIVE');

    const gone = await onboard(ledger, await rm());
    expect((await post(`/customers/${gone.customerId}/offboarding`, { reason: 'moved abroad' })).status).toBe(
      201,
    );
    const offboarded = await post(`/households/${householdId}/members`, {
      customerId: gone.customerId,
      role: 'child',
    });
    expect(offboarded.status).toBe(422);

    const member = await onboard(ledger, await rm());
    const joined = await post(`/households/${householdId}/members`, {
      customerId: member.customerId,
      role: 'head',
    });
    expect(joined.status).toBe(201);
    const other = await form();
    await view(householdId, joined.body.position);
    const twice = await post(`/households/${other}/members`, { customerId: member.customerId, role: 'head' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('ALREADY_IN_HOUSEHOLD');
  });

  it('answers 404 for a household never formed and 400 for a role outside the vocabulary', async () => {
    await ledger
      .http()
      .get(`/households/${randomUUID()}`)
      .set(await rm())
      .expect(404);
    const householdId = await form();
    const customer = await onboard(ledger, await rm());
    const bad = await post(`/households/${householdId}/members`, {
      customerId: customer.customerId,
      role: 'cousin',
    });
    expect(bad.status).toBe(400);
  });
});
