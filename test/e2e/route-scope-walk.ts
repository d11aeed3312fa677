import fc from 'fast-check';
import type { Role } from '../../apps/api/src/auth/roles';
import { openApiDocument } from '../../apps/api/src/openapi';
import type { Ledger } from './ledger-harness';
import { onboard } from './onboarding';
import type { RouteRow } from './route-table';
import { type Components, type Schema, validValue } from './schema-arbitrary';

type Auth = { Authorization: string };
type Answer = { status: number; body: { code?: string; items?: { customerId: string }[] } };

/**
 * The callers outside the books of rm-li's customer at branch b1, by role: the roles whose reads
 * are scoped (ADR 0015). Only a relationship manager's commands are: the others' are the route's.
 */
const OUTSIDERS: Partial<Record<Role, (ledger: Ledger) => Promise<Auth>>> = {
  'relationship-manager': (ledger) => ledger.as('relationship-manager', 'rm-zhou'),
  'branch-head': (ledger) => ledger.as('branch-head', 'head-b2', 'b2'),
  'committee-member': (ledger) => ledger.as('committee-member', 'committee-chen'),
};

function scopedRoles(route: RouteRow): Role[] {
  if (route.roles === 'public') return [];
  const admitted = route.roles;
  return (Object.keys(OUTSIDERS) as Role[]).filter(
    (role) => admitted.includes(role) && (route.method === 'GET' || role === 'relationship-manager'),
  );
}

/** Sends a route with a body its OpenAPI schema admits, so nothing but the scope refuses it. */
export async function scopeWalker(ledger: Ledger) {
  const document = openApiDocument(ledger.app);
  const components = document.components?.schemas as Components;
  const paths = document.paths as unknown as Record<string, Record<string, { requestBody?: never }>>;
  const bodyOf = (route: RouteRow): unknown => {
    const openApiPath = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const operation = paths[openApiPath]?.[route.method.toLowerCase()] as
      { requestBody?: { content: { 'application/json': { schema: Schema } } } } | undefined;
    const schema = operation?.requestBody?.content['application/json'].schema;
    return schema === undefined
      ? undefined
      : fc.sample(validValue(schema, components), { numRuns: 1, seed: 15 })[0];
  };
  const send = async (route: RouteRow, customerId: string, auth: Auth, query = ''): Promise<Answer> => {
    const url = route.path
      .replace(':id', customerId)
      .replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
    const method = route.method.toLowerCase() as 'get' | 'post' | 'patch';
    const request = ledger.http()[method](`${url}${query}`).set(auth);
    const response = route.method === 'GET' ? await request : await request.send(bodyOf(route) as object);
    return { status: response.status, body: response.body as Answer['body'] };
  };
  return {
    scopedRoles,
    /** Each scoped role outside the customer's books: 404, as for an unknown customer. */
    async outsiders(route: RouteRow, customerId: string): Promise<{ role: Role; answer: Answer }[]> {
      const answers = [];
      for (const role of scopedRoles(route))
        answers.push({
          role,
          answer: await send(
            route,
            customerId,
            await (OUTSIDERS[role] as (l: Ledger) => Promise<Auth>)(ledger),
          ),
        });
      return answers;
    },
    /** The customer's own manager on a fresh customer of its own. */
    async owner(route: RouteRow): Promise<Answer> {
      const auth = await ledger.as('relationship-manager', 'rm-li');
      const { customerId, position } = await onboard(ledger, auth, { branchId: 'b1' });
      await ledger.http().get(`/customers/${customerId}?minPosition=${position}`).set(auth).expect(200);
      return send(route, customerId, auth);
    },
    send,
  };
}
