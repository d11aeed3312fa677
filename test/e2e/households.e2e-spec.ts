import { randomUUID } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import { householdAggregate, type JoinHousehold } from '@ledger/domain';
import { Decision } from '../../apps/api/src/command-path/decision';
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

  it("shows the household in every member's 360 view, its AUM following a member's revaluation", async () => {
    const head = await onboard(ledger, await rm(), { name: '王大伟' });
    // The spouse is in another manager's book: the household spans books, the head's manager sees her name.
    const spouse = await onboard(ledger, await ledger.as('relationship-manager', 'rm-zhang'), {
      name: '陈静',
      relationshipManagerId: 'rm-zhang',
    });
    await value(head.customerId, '500000.00', '2026-11-01T00:00:00Z');
    const householdId = await form();
    await post(`/households/${householdId}/members`, { customerId: head.customerId, role: 'head' });
    const joined = await ledger
      .http()
      .post(`/households/${householdId}/members`)
      .set(await ledger.as('relationship-manager', 'rm-zhang'))
      .send({ customerId: spouse.customerId, role: 'spouse' })
      .expect(201);
    const v360 = async (customerId: string, sub: string, minPosition: string) =>
      (
        await ledger
          .http()
          .get(`/customers/${customerId}?minPosition=${minPosition}`)
          .set(await ledger.as('relationship-manager', sub))
          .expect(200)
      ).body;
    expect((await v360(head.customerId, 'rm-li', joined.body.position)).household).toEqual({
      householdId,
      name: '王家',
      role: 'head',
      members: [
        { customerId: head.customerId, role: 'head', name: '王大伟' },
        { customerId: spouse.customerId, role: 'spouse', name: '陈静' },
      ],
      aum: { amount: '500000.00', currency: 'CNY' },
    });
    const revalued = await ledger
      .http()
      .post(`/customers/${spouse.customerId}/asset-valuations`)
      .set(await ledger.as('relationship-manager', 'rm-zhang'))
      .send({ totalFinancialAssets: { amount: '250000.00', currency: 'CNY' }, asOf: '2026-11-03T00:00:00Z' })
      .expect(201);
    const after = { amount: '750000.00', currency: 'CNY' };
    expect((await v360(head.customerId, 'rm-li', revalued.body.position)).household.aum).toEqual(after);
    const spouseView = await v360(spouse.customerId, 'rm-zhang', revalued.body.position);
    expect(spouseView.household).toMatchObject({ householdId, role: 'spouse', aum: after });
    expect((await view(householdId, revalued.body.position)).body.householdAum).toEqual(after);
    // A branch head's view masks the other members' names (ADR 0027).
    const masked = await ledger
      .http()
      .get(`/customers/${head.customerId}`)
      .set(await ledger.as('branch-head', 'bh-zhou', 'b1'))
      .expect(200);
    expect(masked.body.household.members.map((member: { name: string }) => member.name)).toEqual([
      '王大伟',
      '陈*',
    ]);
  });

  it('refuses the second of two joins of one customer to two households sent at once (201 + 409)', async () => {
    const customer = await onboard(ledger, await rm());
    const [first, second] = [await form(), await form()];
    const answers = await Promise.all(
      [first, second].map((householdId) =>
        post(`/households/${householdId}/members`, { customerId: customer.customerId, role: 'head' }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const refused = answers.find((answer) => answer.status === 409);
    expect(refused?.body.code).toBe('ALREADY_IN_HOUSEHOLD');
    // Only one household has the customer; after leaving it, the other one takes the customer.
    const winner = answers[0]?.status === 201 ? first : second;
    const loser = winner === first ? second : first;
    const left = await post(`/households/${winner}/members/${customer.customerId}/departure`, {
      reason: 'moved',
    });
    expect(left.status).toBe(201);
    const rejoined = await post(`/households/${loser}/members`, {
      customerId: customer.customerId,
      role: 'head',
    });
    expect(rejoined.status).toBe(201);
    expect((await view(winner, rejoined.body.position)).body.members).toEqual([]);
    expect((await view(loser, rejoined.body.position)).body.members).toMatchObject([
      { customerId: customer.customerId },
    ]);
  });

  it('frees the register when a join is refused: the customer joins another household at once', async () => {
    const customer = await onboard(ledger, await rm());
    const never = randomUUID();
    const refused = await post(`/households/${never}/members`, {
      customerId: customer.customerId,
      role: 'head',
    });
    expect(refused.status).toBe(404);
    const householdId = await form();
    expect(
      (await post(`/households/${householdId}/members`, { customerId: customer.customerId, role: 'head' }))
        .status,
    ).toBe(201);
  });

  it('judges a membership from before the register existed on the read model (409 for another household)', async () => {
    const customer = await onboard(ledger, await rm());
    const householdId = await form();
    // Joined straight through the household aggregate, as joins were before the register: no claim.
    const join: Omit<JoinHousehold, 'actor' | 'now'> = {
      type: 'JoinHousehold',
      householdId,
      customerId: customer.customerId,
      role: 'head',
      customer: { customerId: customer.customerId, active: true, householdId: null },
    };
    const request = {
      actor: { id: 'rm-li', role: 'relationship-manager' },
      now: new Date().toISOString(),
      context: { correlationId: randomUUID() },
    };
    const written = await ledger.app
      .get(CommandBus)
      .execute(Decision.of<JoinHousehold>(householdAggregate, join, request));
    await view(householdId, written.position);
    const other = await form();
    const refused = await post(`/households/${other}/members`, {
      customerId: customer.customerId,
      role: 'head',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.details).toContainEqual(expect.objectContaining({ value: householdId }));
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
