import { randomUUID } from 'node:crypto';
import type { Ledger } from './ledger-harness';

/** A retail customer of rm-li at branch b1: what a test does not care about. */
const DEFAULTS = {
  segment: 'retail',
  name: '李雷',
  idNumber: '110101199001011234',
  phone: '+8613800000001',
  branchId: 'b1',
  relationshipManagerId: 'rm-li',
  // Consenting, so campaigns, launch calls and P2 care reach the customer (ADR 0024).
  marketingConsent: true,
};

export interface Onboarded {
  customerId: string;
  revision: number;
  position: string;
}

/** POST /customers with the defaults and `fields` (a new id unless given), expecting 201. */
export async function onboard(
  ledger: Ledger,
  auth: { Authorization: string },
  fields: Record<string, unknown> = {},
): Promise<Onboarded> {
  const body = { customerId: randomUUID(), ...DEFAULTS, ...fields };
  const response = await ledger.http().post('/customers').set(auth).send(body).expect(201);
  return { ...(response.body as Omit<Onboarded, 'customerId'>), customerId: body.customerId };
}
