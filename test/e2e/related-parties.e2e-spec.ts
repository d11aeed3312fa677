import { randomUUID } from 'node:crypto';
import { startLedger, type Ledger } from './ledger-harness';
import { onboard } from './onboarding';

describe('related parties, 公私联动 (e2e)', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startLedger();
  });
  afterAll(() => ledger.close());

  const rm = () => ledger.as('relationship-manager', 'rm-li');
  const link = async (corporateId: string, body: object) =>
    ledger
      .http()
      .post(`/customers/${corporateId}/related-parties`)
      .set(await rm())
      .send(body);
  const corporate = async (branchId = 'b1') =>
    onboard(ledger, await rm(), { segment: 'corporate', name: '上海星河科技有限公司', branchId });
  const history = async (customerId: string) =>
    (
      await ledger
        .http()
        .get(`/customers/${customerId}/history`)
        .set(await ledger.as('auditor', 'auditor-sun'))
        .expect(200)
    ).body.items as { type: string }[];

  it("links a person on the corporate's stream and shows the link in both 360 views, masked by role", async () => {
    const company = await corporate();
    // The employee is another manager's customer: the corporate's manager links it all the same.
    const employee = await onboard(ledger, await ledger.as('relationship-manager', 'rm-zhang'), {
      name: '赵敏',
      relationshipManagerId: 'rm-zhang',
    });
    const linked = await link(company.customerId, {
      personId: employee.customerId,
      relation: 'payroll-employee',
    });
    expect(linked.status).toBe(201);
    expect((await history(company.customerId)).map((event) => event.type)).toContain('RelatedPartyLinked');
    expect((await history(employee.customerId)).map((event) => event.type)).not.toContain(
      'RelatedPartyLinked',
    );

    const own = await ledger
      .http()
      .get(`/customers/${company.customerId}?minPosition=${linked.body.position}`)
      .set(await rm())
      .expect(200);
    expect(own.body.relatedParties).toMatchObject([
      {
        corporateId: company.customerId,
        personId: employee.customerId,
        relation: 'payroll-employee',
        counterpartyId: employee.customerId,
        name: '赵敏',
      },
    ]);
    const person = await ledger
      .http()
      .get(`/customers/${employee.customerId}`)
      .set(await ledger.as('relationship-manager', 'rm-zhang'))
      .expect(200);
    expect(person.body.relatedParties).toMatchObject([
      { corporateId: company.customerId, counterpartyId: company.customerId, name: '上海星河科技有限公司' },
    ]);
    const branchHead = await ledger
      .http()
      .get(`/customers/${employee.customerId}`)
      .set(await ledger.as('branch-head', 'bh-zhou', 'b1'))
      .expect(200);
    expect(branchHead.body.relatedParties[0].name).toBe('上*********');

    const unlinked = await ledger
      .http()
      .post(`/customers/${company.customerId}/related-parties/${employee.customerId}/unlink`)
      .set(await rm())
      .send({ reason: 'left the company' })
      .expect(201);
    const after = await ledger
      .http()
      .get(`/customers/${employee.customerId}?minPosition=${unlinked.body.position}`)
      .set(await ledger.as('relationship-manager', 'rm-zhang'))
      .expect(200);
    expect(after.body.relatedParties).toEqual([]);
  });

  it('refuses unknown, offboarded and wrong-segment parties (422) and a duplicate (409), appending nothing', async () => {
    const company = await corporate();
    const person = await onboard(ledger, await rm());
    const unknown = await link(company.customerId, { personId: randomUUID(), relation: 'owner' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('RELATED_PARTY_NOT_ACTIVE');

    const gone = await onboard(ledger, await rm());
    await ledger
      .http()
      .post(`/customers/${gone.customerId}/offboarding`)
      .set(await rm())
      .send({ reason: 'moved abroad' })
      .expect(201);
    const offboarded = await link(company.customerId, { personId: gone.customerId, relation: 'owner' });
    expect(offboarded.status).toBe(422);
    expect(offboarded.body.code).toBe('RELATED_PARTY_NOT_ACTIVE');

    const other = await corporate();
    const corporatePerson = await link(company.customerId, { personId: other.customerId, relation: 'owner' });
    expect(corporatePerson.status).toBe(422);
    expect(corporatePerson.body.code).toBe('RELATED_PARTY_WRONG_SEGMENT');
    const retailSide = await link(person.customerId, { personId: person.customerId, relation: 'owner' });
    expect(retailSide.status).toBe(422);
    expect(retailSide.body.code).toBe('RELATED_PARTY_WRONG_SEGMENT');

    expect(
      (await link(company.customerId, { personId: person.customerId, relation: 'guarantor' })).status,
    ).toBe(201);
    const twice = await link(company.customerId, { personId: person.customerId, relation: 'owner' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('RELATED_PARTY_ALREADY_LINKED');
    const types = (await history(company.customerId)).map((event) => event.type);
    expect(types.filter((type) => type === 'RelatedPartyLinked')).toHaveLength(1);

    const bad = await link(company.customerId, { personId: 'not-a-uuid', relation: 'cousin' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('personId');
    expect(JSON.stringify(bad.body)).toContain('relation');
    const notLinked = await ledger
      .http()
      .post(`/customers/${company.customerId}/related-parties/${randomUUID()}/unlink`)
      .set(await rm())
      .send({ reason: 'never was' });
    expect(notLinked.status).toBe(422);
  });

  it("refuses another manager's corporate as not found (the corporate's book)", async () => {
    const company = await corporate();
    const person = await onboard(ledger, await rm());
    const outside = await ledger
      .http()
      .post(`/customers/${company.customerId}/related-parties`)
      .set(await ledger.as('relationship-manager', 'rm-zhang'))
      .send({ personId: person.customerId, relation: 'owner' });
    expect(outside.status).toBe(404);
  });

  it('answers the payroll linkage KPI per corporate and per branch', async () => {
    const branch = `b-${randomUUID().slice(0, 8)}`;
    const company = await corporate(branch);
    const withProduct = await onboard(ledger, await rm());
    const without = await onboard(ledger, await rm());
    await ledger
      .http()
      .post(`/customers/${withProduct.customerId}/holdings`)
      .set(await rm())
      .send({
        productCode: 'DEP-CNY',
        productType: 'deposit',
        principal: { amount: '50000.00', currency: 'CNY' },
      })
      .expect(201);
    await link(company.customerId, { personId: withProduct.customerId, relation: 'payroll-employee' });
    const last = await link(company.customerId, {
      personId: without.customerId,
      relation: 'payroll-employee',
    });
    const auditor = await ledger.as('auditor', 'auditor-sun');
    const perCorporate = await ledger
      .http()
      .get(`/kpis/payroll-linkage?branchId=${branch}&minPosition=${last.body.position}`)
      .set(auditor)
      .expect(200);
    expect(perCorporate.body.items).toEqual([
      {
        corporateId: company.customerId,
        branchId: branch,
        payrollEmployees: 2,
        holdingAProduct: 1,
        penetration: 0.5,
        averageProducts: 0.5,
      },
    ]);
    const perBranch = await ledger
      .http()
      .get(`/kpis/payroll-linkage?groupBy=branch&branchId=${branch}`)
      .set(auditor)
      .expect(200);
    expect(perBranch.body.items).toMatchObject([{ branchId: branch, payrollEmployees: 2 }]);
    await ledger
      .http()
      .get(`/kpis/payroll-linkage?branchId=${branch}`)
      .set(await ledger.as('branch-head', 'bh-zhou', 'b1'))
      .expect(403);
    const bad = await ledger.http().get('/kpis/payroll-linkage?groupBy=person').set(auditor);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('groupBy');
  });
});
