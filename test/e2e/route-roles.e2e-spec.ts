import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLES } from '../../apps/api/src/auth/roles';
import { startLedger, type Ledger } from './ledger-harness';
import { onboard } from './onboarding';
import { readmeRouteTable, routeTable } from './route-table';
import { scopeWalker } from './route-scope-walk';

const ids = () => '00000000-0000-4000-8000-000000000000';

describe('every route is guarded as the README says (e2e)', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startLedger();
  });
  afterAll(() => ledger.close());

  it('the README table lists exactly the routes the app serves, with their roles', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const served = routeTable(ledger.app);
    expect(served.length).toBeGreaterThan(20);
    expect(readmeRouteTable(readme)).toEqual(served);
  });

  it('each guarded route answers 401 without a token and 403 to every role it does not admit', async () => {
    for (const route of routeTable(ledger.app)) {
      if (route.roles === 'public') continue;
      expect(route.roles.length).toBeGreaterThan(0);
      const url = route.path.replace(/:[A-Za-z]+/g, ids);
      const method = route.method.toLowerCase() as 'get' | 'post' | 'patch';
      const anonymous = await ledger.http()[method](url).send({});
      expect({ route: `${route.method} ${route.path}`, status: anonymous.status }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 401,
      });
      const others = ROLES.filter((role) => !(route.roles as string[]).includes(role));
      if (others.length === 0) continue;
      const refused = await ledger
        .http()
        [method](url)
        .set(await ledger.as(others))
        .send({});
      expect({ route: `${route.method} ${route.path}`, status: refused.status }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 403,
      });
    }
  });

  it('walks the scope column: outside the books a customer is 404, a list holds only the scope', async () => {
    const walk = await scopeWalker(ledger);
    const rm = await ledger.as('relationship-manager', 'rm-li');
    const { customerId, position } = await onboard(ledger, rm, { branchId: 'b1' });
    await ledger.http().get(`/customers/${customerId}?minPosition=${position}`).set(rm).expect(200);
    const rows = routeTable(ledger.app);
    const walked: string[] = [];
    for (const route of rows.filter((row) => row.scope === 'book')) {
      const name = `${route.method} ${route.path}`;
      for (const { role, answer } of await walk.outsiders(route, customerId)) {
        walked.push(`${role} ${name}`);
        const code = route.method === 'GET' ? undefined : 'CUSTOMER_NOT_FOUND';
        expect({ name, role, status: answer.status, code: answer.body.code }).toEqual({
          name,
          role,
          status: 404,
          code,
        });
      }
      if (!walk.scopedRoles(route).includes('relationship-manager')) continue;
      // The same request from the customer's own manager gets past the scope.
      const own = await walk.owner(route);
      expect({
        name,
        own: own.body.code === 'CUSTOMER_NOT_FOUND' || (own.status === 404 && route.method === 'GET'),
      }).toEqual({ name, own: false });
    }
    const history = await ledger
      .http()
      .get(`/customers/${customerId}/history`)
      .set(await ledger.as('auditor'));
    expect(history.body.total).toBe(1);
    // A list under another resource's id (a campaign's targets) needs that resource: its own e2e walks it.
    for (const route of rows.filter((row) => row.scope === 'list' && !row.path.includes(':'))) {
      const name = `${route.method} ${route.path}`;
      for (const { role, answer } of await walk.outsiders(route, customerId)) {
        walked.push(`${role} ${name}`);
        expect({ name, role, status: answer.status }).toEqual({ name, role, status: 200 });
        expect((answer.body.items ?? []).filter((item) => item.customerId === customerId)).toEqual([]);
      }
      if (walk.scopedRoles(route).includes('relationship-manager')) {
        const outsider = await ledger.as('relationship-manager', 'rm-zhou');
        // The pipeline names its manager `owner` (ADR 0019), the customer lists `relationshipManagerId`.
        const manager = route.path.startsWith('/opportunities') ? 'owner' : 'relationshipManagerId';
        const other = await walk.send(route, customerId, outsider, `?${manager}=rm-li`);
        expect({ name, status: other.status }).toEqual({ name, status: 403 });
      }
    }
    expect(walked).toEqual(
      expect.arrayContaining([
        'relationship-manager POST /customers/:id/contacts',
        'branch-head GET /customers/:id',
        'committee-member GET /customers',
        'branch-head GET /escalations',
      ]),
    );
  });
});
