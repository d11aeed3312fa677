import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLES } from '../../apps/api/src/auth/roles';
import { startLedger, type Ledger } from './ledger-harness';
import { readmeRouteTable, routeTable } from './route-table';

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
});
