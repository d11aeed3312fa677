import { randomUUID } from 'node:crypto';
import { addDays, giftDayOf, toBusinessDate } from '@ledger/domain';
import { startLedger, type Ledger } from './ledger-harness';
import { onboard } from './onboarding';

type Auth = { Authorization: string };
type Item = {
  customerId: string;
  priority: number;
  reason: string;
  dueDate: string;
  vipEventId?: string;
  holdingId: string | null;
};

const RM = 'rm-care';
const yuan = (amount: string) => ({ amount, currency: 'CNY' });

/** Issue 17, the care calendar (ADR 0026): VIP invitations, weekly gifts and repayment reminders over HTTP. */
describe('care calendar (e2e)', () => {
  let ledger: Ledger;
  let marketing: Auth;
  let rm: Auth;
  const today = toBusinessDate(new Date().toISOString());
  beforeAll(async () => {
    ledger = await startLedger();
    marketing = await ledger.as('campaign-manager', 'cm-gao');
    rm = await ledger.as('relationship-manager', RM);
  });
  afterAll(() => ledger.close());

  const customer = async (assets: string) => {
    const { customerId } = await onboard(ledger, rm, { relationshipManagerId: RM });
    const valued = await ledger
      .http()
      .post(`/customers/${customerId}/asset-valuations`)
      .set(rm)
      .send({ totalFinancialAssets: yuan(assets) })
      .expect(201);
    return { customerId, position: valued.body.position as string };
  };
  const itemsOf = async (customerId: string, date: string, position: string): Promise<Item[]> => {
    const worklist = await ledger
      .http()
      .get(`/worklist?date=${date}&minPosition=${position}`)
      .set(rm)
      .expect(200);
    return (worklist.body.items as Item[]).filter((item) => item.customerId === customerId);
  };
  const withdraw = async (customerId: string) =>
    (
      await ledger
        .http()
        .post(`/customers/${customerId}/consents/withdrawal`)
        .set(rm)
        .send({ purpose: 'marketing' })
        .expect(201)
    ).body.position as string;

  it('invites the rule’s matches and named guests a week before; a withdrawal drops the invitation at once', async () => {
    const matching = await customer('700000.00');
    const named = await customer('1000.00');
    const other = await customer('1000.00');
    const date = addDays(today, 10);
    const scheduled = await ledger
      .http()
      .post('/vip-events')
      .set(marketing)
      .send({ name: '新年音乐会', date, inviteeRule: { all: [{ field: 'assets', min: 60_000_000 }] } })
      .expect(201);
    const { vipEventId } = scheduled.body as { vipEventId: string };
    const invited = await ledger
      .http()
      .post(`/vip-events/${vipEventId}/guests`)
      .set(rm)
      .send({ customerId: named.customerId })
      .expect(201);
    const position = invited.body.position as string;
    const dueDate = addDays(date, -7);

    const invitation = (items: Item[]) => items.filter((item) => item.reason === 'invitation');
    expect(invitation(await itemsOf(matching.customerId, addDays(dueDate, -1), position))).toEqual([]);
    for (const { customerId } of [matching, named])
      expect(invitation(await itemsOf(customerId, dueDate, position))).toEqual([
        expect.objectContaining({ priority: 2, dueDate, vipEventId }),
      ]);
    expect(invitation(await itemsOf(other.customerId, dueDate, position))).toEqual([]);

    const withdrawn = await withdraw(matching.customerId);
    expect(invitation(await itemsOf(matching.customerId, dueDate, withdrawn))).toEqual([]);

    const view = await ledger
      .http()
      .get(`/vip-events/${vipEventId}?minPosition=${position}`)
      .set(rm)
      .expect(200);
    expect(view.body).toMatchObject({ vipEventId, date, status: 'scheduled', guests: [named.customerId] });
    const listed = await ledger.http().get(`/vip-events?from=${date}&to=${date}`).set(marketing).expect(200);
    expect(listed.body.items.map((item: { vipEventId: string }) => item.vipEventId)).toContain(vipEventId);

    // A customer without marketing consent cannot be invited by name either; nothing is appended.
    const refused = await ledger
      .http()
      .post(`/vip-events/${vipEventId}/guests`)
      .set(rm)
      .send({ customerId: matching.customerId })
      .expect(422);
    expect(refused.body.code).toBe('NO_MARKETING_CONSENT');

    const cancelled = await ledger
      .http()
      .post(`/vip-events/${vipEventId}/cancellation`)
      .set(marketing)
      .send({ reason: 'venue closed' })
      .expect(201);
    expect(invitation(await itemsOf(named.customerId, dueDate, cancelled.body.position as string))).toEqual(
      [],
    );
  });

  it('raises the weekly gift for a PRIVATE customer, lapses it with a gift contact, drops it on withdrawal', async () => {
    const vip = await customer('6000000.00');
    const giftDay = giftDayOf(addDays(today, 14), 'friday');
    const gifts = (items: Item[]) => items.filter((item) => item.reason === 'vip-gift');
    expect(gifts(await itemsOf(vip.customerId, giftDay, vip.position))).toEqual([
      expect.objectContaining({ priority: 2, dueDate: giftDay }),
    ]);
    const delivered = await ledger
      .http()
      .post(`/customers/${vip.customerId}/contacts`)
      .set(rm)
      .send({
        channel: 'visit',
        purpose: 'vip-gift',
        outcome: 'mooncakes delivered',
        relationshipManagerId: RM,
        occurredAt: `${giftDay}T10:00:00Z`,
      })
      .expect(201);
    expect(gifts(await itemsOf(vip.customerId, giftDay, delivered.body.position as string))).toEqual([]);
    const nextWeek = addDays(giftDay, 7);
    expect(gifts(await itemsOf(vip.customerId, nextWeek, delivered.body.position as string))).toHaveLength(1);

    const withdrawn = await withdraw(vip.customerId);
    expect(gifts(await itemsOf(vip.customerId, nextWeek, withdrawn))).toEqual([]);
  });

  it('reminds of a loan repayment the day before (P1), consent or not; a deposit takes no due date', async () => {
    const borrower = await customer('1000.00');
    const holdingId = `LN-${randomUUID().slice(0, 8)}`;
    await ledger
      .http()
      .post(`/customers/${borrower.customerId}/holdings`)
      .set(rm)
      .send({ holdingId, productCode: 'LOAN-HOME', productType: 'loan', principal: yuan('800000.00') })
      .expect(201);
    const dueDate = addDays(today, 20);
    await withdraw(borrower.customerId);
    const scheduled = await ledger
      .http()
      .post(`/customers/${borrower.customerId}/holdings/${holdingId}/repayment-due`)
      .set(rm)
      .send({ dueDate, amountDue: yuan('5230.00') })
      .expect(201);
    const position = scheduled.body.position as string;
    const repayments = async (date: string) =>
      (await itemsOf(borrower.customerId, date, position)).filter((item) => item.reason === 'repayment');
    expect(await repayments(addDays(dueDate, -2))).toEqual([]);
    expect(await repayments(addDays(dueDate, -1))).toEqual([
      expect.objectContaining({ priority: 1, dueDate: addDays(dueDate, -1), holdingId }),
    ]);

    const depositId = `DD-${randomUUID().slice(0, 8)}`;
    await ledger
      .http()
      .post(`/customers/${borrower.customerId}/holdings`)
      .set(rm)
      .send({
        holdingId: depositId,
        productCode: 'DD-CNY',
        productType: 'deposit',
        principal: yuan('100.00'),
      })
      .expect(201);
    const refused = await ledger
      .http()
      .post(`/customers/${borrower.customerId}/holdings/${depositId}/repayment-due`)
      .set(rm)
      .send({ dueDate })
      .expect(422);
    expect(refused.body.code).toBe('NOT_A_REPAYABLE_HOLDING');
    const malformed = await ledger
      .http()
      .post(`/customers/${borrower.customerId}/holdings/${holdingId}/repayment-due`)
      .set(rm)
      .send({ dueDate: '2026-02-30' })
      .expect(400);
    expect(JSON.stringify(malformed.body)).toContain('dueDate');
  });
});
