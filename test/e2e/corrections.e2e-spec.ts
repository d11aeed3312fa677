import { randomUUID } from 'node:crypto';
import type { EventStore, RecordedEvent } from '@ledger/event-store';
import { EVENT_STORE } from '../../apps/api/src/infrastructure/tokens';
import { startLedger, type Ledger } from './ledger-harness';
import { distinctIdNumber, onboard } from './onboarding';

const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();

describe('corrections, the register following them, and win-back (e2e)', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startLedger();
  });
  afterAll(() => ledger.close());

  const rm = () => ledger.as('relationship-manager');
  const store = () => ledger.app.get<symbol, EventStore>(EVENT_STORE, { strict: false });
  async function everyEvent(): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for await (const event of store().readAll()) events.push(event);
    return events;
  }
  const correct = async (customerId: string, body: object) =>
    ledger
      .http()
      .post(`/customers/${customerId}/corrections`)
      .set(await rm())
      .send({ reason: 'resident id card checked at the counter', ...body });
  const onboardWith = async (idNumber: string) =>
    ledger
      .http()
      .post('/customers')
      .set(await rm())
      .send({
        customerId: randomUUID(),
        segment: 'retail',
        name: '周杰',
        idNumber,
        phone: '+8613800000009',
        branchId: 'b1',
        relationshipManagerId: 'rm-li',
      });
  const offboard = async (customerId: string, at?: string) =>
    ledger
      .http()
      .post(`/customers/${customerId}/offboarding`)
      .set(await rm())
      .send({ reason: 'moved abroad', ...(at === undefined ? {} : { at }) })
      .expect(201);
  const reactivate = async (customerId: string) =>
    ledger
      .http()
      .post(`/customers/${customerId}/reactivation`)
      .set(await rm())
      .send({ reason: 'returned after the win-back call' });

  describe('a correction of the idNumber', () => {
    it('moves the register: the OLD number onboards anew, the NEW one is a duplicate of the corrected customer', async () => {
      const oldNumber = distinctIdNumber('110101199003071234');
      const newNumber = distinctIdNumber('110101199003081236');
      const { customerId } = await onboard(ledger, await rm(), { idNumber: oldNumber });
      const corrected = await correct(customerId, { idNumber: newNumber, birthDate: '1990-03-08' });
      expect(corrected.status).toBe(201);

      const again = await onboardWith(newNumber);
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({
        code: 'DUPLICATE_CUSTOMER',
        details: [expect.objectContaining({ field: 'existingCustomerId', value: customerId })],
      });
      expect((await onboardWith(oldNumber)).status).toBe(201);

      const register = (await everyEvent()).filter(
        (event) => event.stream.startsWith('identity-') && event.data['customerId'] === customerId,
      );
      expect(register.map((event) => [event.type, event.data['reason'] ?? null])).toEqual([
        ['IdNumberRegistered', null],
        ['IdNumberRegistered', null],
        ['IdNumberReleased', 'corrected'],
      ]);
    });

    it('to a number on file answers 409 DUPLICATE_CUSTOMER naming its holder and appends nothing', async () => {
      const held = await onboard(ledger, await rm());
      const heldNumber = distinctIdNumber('320102198001011234');
      const holder = await onboard(ledger, await rm(), { idNumber: heldNumber });
      const before = await everyEvent();
      const response = await correct(held.customerId, { idNumber: heldNumber });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        code: 'DUPLICATE_CUSTOMER',
        details: [expect.objectContaining({ value: holder.customerId })],
      });
      expect(await everyEvent()).toEqual(before);
    });

    it('shows the corrected values in the 360 view, and the correction to auditors in the history', async () => {
      const { customerId } = await onboard(ledger, await rm(), { name: '王芳', birthDate: '1990-03-07' });
      const response = await correct(customerId, { name: '王方', birthDate: '1990-03-09' });
      expect(response.status).toBe(201);
      const view = await ledger
        .http()
        .get(`/customers/${customerId}?minPosition=${response.body.position}`)
        .set(await rm())
        .expect(200);
      expect(view.body).toMatchObject({ name: '王方', birthDate: '1990-03-09' });
      const history = await ledger
        .http()
        .get(`/customers/${customerId}/history`)
        .set(await ledger.as('auditor'))
        .expect(200);
      expect(history.body.items.at(-1)).toMatchObject({
        type: 'PersonalDataCorrected',
        data: {
          correctedFields: ['name', 'birthDate'],
          name: '王方',
          birthDate: '1990-03-09',
          reason: 'resident id card checked at the counter',
          correctedBy: 'rm-li',
        },
      });
    });

    it('answers 400 naming the fields when nothing is to be corrected, and appends nothing', async () => {
      const { customerId } = await onboard(ledger, await rm());
      const before = await everyEvent();
      const response = await ledger
        .http()
        .post(`/customers/${customerId}/corrections`)
        .set(await rm())
        .send({});
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).toMatch(/name, idNumber or birthDate/);
      expect(JSON.stringify(response.body)).toMatch(/reason/);
      expect(await everyEvent()).toEqual(before);
    });
  });

  describe('the seed-001 profile and the recent contacts in the 360 view', () => {
    it('shows the profile given at onboarding and changed on the profile, and the notes, masked by role', async () => {
      const { customerId } = await onboard(ledger, await rm(), {
        gender: 'female',
        education: 'bachelor',
        address: '上海市浦东新区世纪大道100号',
        expectedReturn: 0.04,
      });
      await ledger
        .http()
        .patch(`/customers/${customerId}/profile`)
        .set(await rm())
        .send({ education: 'master', interests: ['tea'] })
        .expect(200);
      const contact = await ledger
        .http()
        .post(`/customers/${customerId}/contacts`)
        .set(await ledger.as('call-center', 'cc-zhou'))
        .send({
          channel: 'phone',
          purpose: 'inquiry',
          outcome: 'answered',
          notes: '客户询问女儿留学换汇',
          relationshipManagerId: 'rm-li',
        })
        .expect(201);
      const viewAs = async (role: 'relationship-manager' | 'call-center' | 'branch-head') =>
        (
          await ledger
            .http()
            .get(`/customers/${customerId}?minPosition=${contact.body.position}`)
            .set(await ledger.as(role, role === 'branch-head' ? 'bh-b1' : 'rm-li', 'b1'))
            .expect(200)
        ).body;
      expect(await viewAs('relationship-manager')).toMatchObject({
        gender: 'female',
        education: 'master',
        address: '上海市浦东新区世纪大道100号',
        expectedReturn: 0.04,
        interests: ['tea'],
        recentContacts: [{ channel: 'phone', outcome: 'answered', notes: '客户询问女儿留学换汇' }],
      });
      expect(await viewAs('call-center')).toMatchObject({
        gender: null,
        address: '****',
        recentContacts: [{ notes: '客户询问女儿留学换汇' }],
      });
      // A branch head sees the branch's books, not what was said in a consultation.
      expect(await viewAs('branch-head')).toMatchObject({ recentContacts: [{ notes: null }] });
    });

    it('answers 400 naming the field for a profile value outside its vocabulary, and appends nothing', async () => {
      const { customerId } = await onboard(ledger, await rm());
      const before = await everyEvent();
      const response = await ledger
        .http()
        .patch(`/customers/${customerId}/profile`)
        .set(await rm())
        .send({ gender: 'unknown', expectedReturn: 2 });
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).toMatch(/gender/);
      expect(JSON.stringify(response.body)).toMatch(/expectedReturn/);
      expect(await everyEvent()).toEqual(before);
    });
  });

  describe('win-back', () => {
    it('reactivates an offboarded customer inside retention; a second reactivation is 409', async () => {
      const { customerId } = await onboard(ledger, await rm());
      await offboard(customerId);
      const response = await reactivate(customerId);
      expect(response.status).toBe(201);
      const view = await ledger
        .http()
        .get(`/customers/${customerId}?minPosition=${response.body.position}`)
        .set(await rm())
        .expect(200);
      expect(view.body).toMatchObject({ status: 'active', offboardedAt: null });
      expect((await reactivate(customerId)).body).toMatchObject({
        statusCode: 409,
        code: 'CUSTOMER_NOT_OFFBOARDED',
      });
    });

    it('refuses past retention (422 RETENTION_ENDED) and after erasure (409 REACTIVATION_AFTER_ERASURE)', async () => {
      const { customerId } = await onboard(ledger, await rm(), { onboardedAt: '2015-03-01T00:00:00Z' });
      await offboard(customerId, '2019-06-30T00:00:00Z');
      expect((await reactivate(customerId)).body).toMatchObject({
        statusCode: 422,
        code: 'RETENTION_ENDED',
        details: expect.arrayContaining([
          expect.objectContaining({ field: 'retentionEndsAt', value: '2024-06-30T00:00:00.000Z' }),
        ]),
      });
      await ledger
        .http()
        .post(`/customers/${customerId}/erasure`)
        .set(await ledger.as('admin'))
        .send({ reason: 'PIPL art. 47 request' })
        .expect(201);
      expect((await reactivate(customerId)).body).toMatchObject({
        statusCode: 409,
        code: 'REACTIVATION_AFTER_ERASURE',
      });
    });

    it('lists the win-back candidates: offboarded within the days asked, no erasure requested, not won back', async () => {
      const recent = await onboard(ledger, await rm(), { onboardedAt: daysAgo(400) });
      await offboard(recent.customerId, daysAgo(10));
      const older = await onboard(ledger, await rm(), { onboardedAt: daysAgo(400) });
      await offboard(older.customerId, daysAgo(60));
      const wonBack = await onboard(ledger, await rm(), { onboardedAt: daysAgo(400) });
      await offboard(wonBack.customerId, daysAgo(5));
      expect((await reactivate(wonBack.customerId)).status).toBe(201);
      const erasing = await onboard(ledger, await rm(), { onboardedAt: daysAgo(400) });
      await offboard(erasing.customerId, daysAgo(3));
      const request = await ledger
        .http()
        .post(`/customers/${erasing.customerId}/erasure`)
        .set(await ledger.as('admin'))
        .send({ reason: 'PIPL art. 47 request' })
        .expect(201);

      const list = async (query: string) => {
        const response = await ledger
          .http()
          .get(`/customers?${query}&limit=200&minPosition=${request.body.position}`)
          .set(await rm())
          .expect(200);
        return (response.body.items as { customerId: string }[]).map((item) => item.customerId);
      };
      const ours = [recent, older, wonBack, erasing].map((customer) => customer.customerId);
      const within30 = (await list('status=offboarded&offboardedWithin=30')).filter((id) =>
        ours.includes(id),
      );
      expect(within30).toEqual([recent.customerId]);
      const within90 = (await list('status=offboarded&offboardedWithin=90')).filter((id) =>
        ours.includes(id),
      );
      expect(within90.sort()).toEqual([recent.customerId, older.customerId].sort());
      const offboarded = (await list('status=offboarded')).filter((id) => ours.includes(id));
      expect(offboarded.sort()).toEqual([recent.customerId, older.customerId, erasing.customerId].sort());
    });

    it('answers 400 naming offboardedWithin for a value that is not a number of days', async () => {
      const response = await ledger
        .http()
        .get('/customers?status=offboarded&offboardedWithin=P30D')
        .set(await rm());
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).toMatch(/offboardedWithin/);
    });
  });
});
