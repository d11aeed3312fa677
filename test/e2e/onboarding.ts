import { randomInt, randomUUID } from 'node:crypto';
import type { Ledger } from './ledger-harness';

/** A retail customer of rm-li at branch b1: what a test does not care about. */
const DEFAULTS = {
  segment: 'retail',
  name: '李雷',
  phone: '+8613800000001',
  branchId: 'b1',
  relationshipManagerId: 'rm-li',
  // Consenting, so campaigns, launch calls and P2 care reach the customer (ADR 0024).
  marketingConsent: true,
  profilingConsent: true,
};

export interface Onboarded {
  customerId: string;
  revision: number;
  position: string;
}

/**
 * The idNumber with its middle digits drawn afresh: one number is onboarded once (DUPLICATE_CUSTOMER),
 * so a helper that onboards many customers gives each its own, masked (`****1234`) as the original.
 */
export function distinctIdNumber(idNumber = '110101199001011234'): string {
  const middle = Array.from({ length: idNumber.length - 10 }, () => String(randomInt(10))).join('');
  return idNumber.slice(0, 6) + middle + idNumber.slice(-4);
}

/** POST /customers with the defaults and `fields` (a new id and idNumber unless given), expecting 201. */
export async function onboard(
  ledger: Ledger,
  auth: { Authorization: string },
  fields: Record<string, unknown> = {},
): Promise<Onboarded> {
  const body = { customerId: randomUUID(), idNumber: distinctIdNumber(), ...DEFAULTS, ...fields };
  const response = await ledger.http().post('/customers').set(auth).send(body).expect(201);
  return { ...(response.body as Omit<Onboarded, 'customerId'>), customerId: body.customerId };
}
