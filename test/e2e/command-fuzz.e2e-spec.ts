import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { EventStore } from '@ledger/event-store';
import { ROLES } from '../../apps/api/src/auth/roles';
import { SEALED_EVENT_STORE } from '../../apps/api/src/infrastructure/tokens';
import { startLedger, type Ledger } from './ledger-harness';

const COMMAND_ROUTES: { method: 'POST' | 'PATCH'; path: (id: string, sub: string) => string }[] = [
  { method: 'POST', path: () => '/customers' },
  { method: 'PATCH', path: (id) => `/customers/${id}/profile` },
  { method: 'POST', path: (id) => `/customers/${id}/relationship-manager` },
  { method: 'POST', path: (id) => `/customers/${id}/holdings` },
  { method: 'POST', path: (id, sub) => `/customers/${id}/holdings/${sub}/maturity` },
  { method: 'POST', path: (id) => `/customers/${id}/asset-valuations` },
  { method: 'POST', path: (id) => `/customers/${id}/contributions` },
  { method: 'POST', path: (id) => `/customers/${id}/contacts` },
  { method: 'POST', path: (id) => `/customers/${id}/tier-reviews` },
  { method: 'POST', path: (id, sub) => `/customers/${id}/tier-reviews/${sub}/votes` },
  { method: 'POST', path: (id) => `/customers/${id}/service-requests` },
  { method: 'POST', path: (id, sub) => `/customers/${id}/service-requests/${sub}/resolution` },
  { method: 'POST', path: (id) => `/customers/${id}/offboarding` },
  { method: 'POST', path: (id) => `/customers/${id}/erasure` },
];

/** Bodies that are never a valid onboarding: each misses a required field or carries a wrong one. */
const malformedBody = fc.oneof(
  fc.anything(),
  fc.json().map((text) => JSON.parse(text) as unknown),
  fc.dictionary(
    fc.string(),
    fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null)),
  ),
  fc.record({
    segment: fc.oneof(fc.constant('retail'), fc.string()),
    name: fc.oneof(fc.string(), fc.integer()),
    amount: fc.oneof(fc.string(), fc.double()),
    totalFinancialAssets: fc.oneof(fc.record({ amount: fc.string(), currency: fc.string() }), fc.double()),
    principal: fc.record({
      amount: fc.oneof(fc.constant('-1.00'), fc.constant('1e9'), fc.string()),
      currency: fc.string(),
    }),
    vote: fc.oneof(fc.constant('approve'), fc.string(), fc.integer()),
    memberId: fc.oneof(fc.string(), fc.integer()),
    __proto__: fc.constant({ polluted: true }),
  }),
);

const pathId = fc.oneof(
  fc.uuid(),
  fc.string(),
  fc.constant('../../etc/passwd'),
  fc.constant('%00'),
  fc.constant(''),
);

describe('command routes under fuzzing (e2e)', () => {
  let ledger: Ledger;
  let store: EventStore;
  beforeAll(async () => {
    ledger = await startLedger();
    store = ledger.app.get(SEALED_EVENT_STORE);
  });
  afterAll(() => ledger.close());

  async function customerEvents(): Promise<number> {
    let count = 0;
    for await (const event of store.readAll()) if (event.stream.startsWith('customer-')) count += 1;
    return count;
  }

  it('never answers 5xx and appends nothing, whatever the body, headers and path ids', async () => {
    const before = await customerEvents();
    const tokens = await Promise.all(ROLES.map(async (role) => (await ledger.as(role)).Authorization));
    const server = ledger.app.getHttpAdapter().getInstance();
    const statuses = new Map<number, number>();

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...COMMAND_ROUTES),
        pathId,
        pathId,
        malformedBody,
        fc.record({
          authorization: fc.oneof(fc.constantFrom(...tokens), fc.string(), fc.constant(undefined)),
          contentType: fc.constantFrom(
            'application/json',
            'text/plain',
            'application/x-www-form-urlencoded',
            'application/json; charset=utf-8',
          ),
          idempotencyKey: fc.option(fc.string({ maxLength: 300 }), { nil: undefined }),
          raw: fc.boolean(),
        }),
        async (route, id, sub, body, headers) => {
          // A well-formed customer id must not exist: a valid body can then only be a 404.
          const path = route.path(id === '' ? randomUUID() : id, sub);
          const payload = headers.raw
            ? String(JSON.stringify(body) ?? 'undefined').slice(0, -1)
            : JSON.stringify(body ?? null);
          const response = await server.inject({
            method: route.method,
            url: path,
            payload,
            headers: {
              'content-type': headers.contentType,
              ...(headers.authorization === undefined ? {} : { authorization: headers.authorization }),
              ...(headers.idempotencyKey === undefined ? {} : { 'idempotency-key': headers.idempotencyKey }),
            },
          });
          statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
          expect(response.statusCode).toBeLessThan(500);
          expect(response.statusCode).toBeGreaterThanOrEqual(400);
          const parsed = JSON.parse(response.body) as { statusCode: number; message: string };
          expect(parsed.statusCode).toBe(response.statusCode);
        },
      ),
      { numRuns: 3000 },
    );
    expect(await customerEvents()).toBe(before);
    // The fuzzer reached past the guard and the validation pipe, not only the 401 path.
    expect([...statuses.keys()]).toEqual(expect.arrayContaining([400, 401, 403]));
  });
});
