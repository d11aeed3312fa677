import { randomUUID } from 'node:crypto';
import { signToken } from '../../../apps/api/src/auth/development-token';
import type { Role } from '../../../apps/api/src/auth/roles';

export const BENCH_JWT_SECRET = 'http-bench-secret-with-enough-entropy-0123456789';
const RELATIONSHIP_MANAGER = 'rm-bench';

/** The headers of every request: a real signed token, verified by the api like any other. */
export async function headersFor(roles: Role[], withJsonBody = true): Promise<Record<string, string>> {
  const authorization = `Bearer ${await signToken(BENCH_JWT_SECRET, RELATIONSHIP_MANAGER, roles)}`;
  return withJsonBody ? { authorization, 'content-type': 'application/json' } : { authorization };
}

/** The body of POST /customers/:id/contacts; the bare route gets the same bytes to parse. */
export const CONTACT_BODY = JSON.stringify({
  channel: 'phone',
  purpose: 'time deposit maturing next week',
  outcome: 'customer will roll over into a 12-month deposit',
  relationshipManagerId: RELATIONSHIP_MANAGER,
});

export function onboardBody(customerId: string, index: number): string {
  return JSON.stringify({
    customerId,
    segment: index % 10 === 0 ? 'corporate' : 'retail',
    name: `Bench Customer ${index}`,
    idNumber: `BENCH${String(index).padStart(8, '0')}`,
    phone: '+8613800138000',
    branchId: 'branch-bench-01',
    relationshipManagerId: RELATIONSHIP_MANAGER,
  });
}

export function newCustomerIds(count: number): string[] {
  return Array.from({ length: count }, () => randomUUID());
}

/** Hands out indexes in turn: the 64 requests in flight are on 64 different customers' streams. */
export function roundRobin(count: number): () => number {
  let next = 0;
  return () => {
    const index = next;
    next = (next + 1) % count;
    return index;
  };
}
