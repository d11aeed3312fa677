import { randomUUID } from 'node:crypto';
import { startLedger, type Ledger } from './ledger-harness';
import { onboard } from './onboarding';

const contact = { channel: 'phone', purpose: 'care', outcome: 'reached', relationshipManagerId: 'rm-li' };

describe('books scoped to their owner (e2e)', () => {
  let ledger: Ledger;
  let li: string;
  let zhou: string;
  let position: string;
  beforeAll(async () => {
    ledger = await startLedger();
    li = (await onboard(ledger, await ledger.as('relationship-manager', 'rm-li'), { branchId: 'b1' }))
      .customerId;
    const rmZhou = await ledger.as('relationship-manager', 'rm-zhou');
    zhou = randomUUID();
    await onboard(ledger, rmZhou, {
      customerId: zhou,
      branchId: 'b2',
      relationshipManagerId: 'rm-zhou',
      onboardedAt: '2026-01-02T09:00:00Z',
    });
    for (const [amount, asOf] of [
      ['1000000.00', '2026-03-01T00:00:00Z'],
      ['1300000.00', '2026-03-02T00:00:00Z'],
    ]) {
      const revalued = await ledger
        .http()
        .post(`/customers/${zhou}/asset-valuations`)
        .set(rmZhou)
        .send({ totalFinancialAssets: { amount, currency: 'CNY' }, asOf })
        .expect(201);
      position = revalued.body.position as string;
    }
  });
  afterAll(() => ledger.close());

  const get = async (url: string, auth: Promise<{ Authorization: string }>) =>
    ledger
      .http()
      .get(url)
      .set(await auth);

  it("answers 404 for another manager's customer, read or command, and appends nothing", async () => {
    const zhouReads = ledger.as('relationship-manager', 'rm-zhou');
    expect((await get(`/customers/${li}?minPosition=${position}`, zhouReads)).status).toBe(404);
    expect((await get(`/customers/${li}`, ledger.as('relationship-manager', 'rm-li'))).status).toBe(200);
    const refused = await ledger
      .http()
      .post(`/customers/${li}/contacts`)
      .set(await ledger.as('relationship-manager', 'rm-zhou'))
      .send(contact);
    expect(refused.status).toBe(404);
    const history = await get(`/customers/${li}/history`, ledger.as('auditor'));
    expect(history.body.total).toBe(1);
  });

  it("lists only the caller's book; another manager's is 403 for an RM", async () => {
    const mine = await get(
      `/customers?minPosition=${position}`,
      ledger.as('relationship-manager', 'rm-zhou'),
    );
    expect(mine.body.items.map((view: { customerId: string }) => view.customerId)).toEqual([zhou]);
    const other = await get(
      '/customers?relationshipManagerId=rm-li',
      ledger.as('relationship-manager', 'rm-zhou'),
    );
    expect(other.status).toBe(403);
    expect(other.body.message).toContain('relationshipManagerId');
    expect(
      (await get('/worklist?relationshipManagerId=rm-li', ledger.as('relationship-manager', 'rm-zhou')))
        .status,
    ).toBe(403);
    const all = await get('/customers', ledger.as('call-center'));
    expect(all.body.total).toBe(2);
  });

  it("lets a branch head read its branch's customers and escalations, not another's", async () => {
    const head = () => ledger.as('branch-head', 'head-b2', 'b2');
    expect((await get(`/customers/${zhou}`, head())).status).toBe(200);
    expect((await get(`/customers/${li}`, head())).status).toBe(404);
    const listed = await get('/customers', head());
    expect(listed.body.items.map((view: { branchId: string }) => view.branchId)).toEqual(['b2']);
    const escalations = await get('/escalations?date=2026-03-02', head());
    expect(escalations.body).toMatchObject({ branchId: 'b2', date: '2026-03-02' });
    expect(escalations.body.items).toEqual([
      expect.objectContaining({ customerId: zhou, reason: 'large-movement', escalateToBranchHead: true }),
    ]);
    const worklist = await get('/worklist?date=2026-03-02', head());
    expect(worklist.body.items.map((item: { customerId: string }) => item.customerId)).toContain(zhou);
    expect((await get('/escalations?branchId=b1', head())).status).toBe(403);
    expect((await get('/escalations', ledger.as('branch-head', 'head-x'))).status).toBe(403);
    const admin = await get('/escalations', ledger.as('admin'));
    expect(admin.status).toBe(400);
    expect(admin.body.details).toEqual([{ field: 'branchId', problems: ['is required'] }]);
  });

  it('lets a committee member read a customer only while a tier review of it is open', async () => {
    const committee = () => ledger.as('committee-member', 'committee-chen');
    expect((await get(`/customers/${zhou}`, committee())).status).toBe(404);
    const opened = await ledger
      .http()
      .post(`/customers/${zhou}/tier-reviews`)
      .set(await ledger.as('relationship-manager', 'rm-zhou'))
      .send({ rationale: 'annual review' })
      .expect(201);
    expect((await get(`/customers/${zhou}?minPosition=${opened.body.position}`, committee())).status).toBe(
      200,
    );
    const listed = await get('/customers', committee());
    expect(listed.body.items.map((view: { customerId: string }) => view.customerId)).toEqual([zhou]);
  });

  it('reads the access log back by customer, reader and window (auditor, admin)', async () => {
    const byCustomer = await get(`/access-log?customerId=${li}`, ledger.as('auditor'));
    expect(byCustomer.status).toBe(200);
    const readers = byCustomer.body.items.map((entry: { accessedBy: string }) => entry.accessedBy);
    expect(readers).toContain('rm-li');
    expect(readers).not.toContain('rm-zhou');
    const byActor = await get('/access-log?actor=committee-chen', ledger.as('admin'));
    expect(byActor.body.total).toBeGreaterThan(0);
    for (const entry of byActor.body.items) expect(entry).toMatchObject({ accessedBy: 'committee-chen' });
    const past = await get(
      '/access-log?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z',
      ledger.as('auditor'),
    );
    expect(past.body).toMatchObject({ items: [], total: 0 });
    const reversed = await get(
      '/access-log?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z',
      ledger.as('auditor'),
    );
    expect(reversed.status).toBe(400);
    expect(reversed.body.details[0]).toMatchObject({ field: 'from' });
    const tooLong = await get(
      '/access-log?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z',
      ledger.as('auditor'),
    );
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.details[0]).toMatchObject({ field: 'to' });
    expect((await get('/access-log?customerId=C-1', ledger.as('auditor'))).status).toBe(400);
    expect((await get('/access-log', ledger.as('relationship-manager'))).status).toBe(403);
  });
});
