import { randomUUID } from 'node:crypto';
import type { EventToAppend } from '@ledger/event-store';

/** A retail onboarding with every personal field filled, and values easy to search for in raw bytes. */
export function customerOnboarded(customerId: string = randomUUID()): EventToAppend & { customerId: string } {
  return {
    customerId,
    eventId: randomUUID(),
    type: 'CustomerOnboarded',
    data: {
      customerId,
      segment: 'retail',
      name: 'Zhang Wei',
      idNumber: '110105199003078514',
      phone: '+86-138-0013-8000',
      email: 'zhang.wei@example.cn',
      birthDate: '1990-03-07',
      occupation: 'engineer',
      branchId: 'BJ-001',
      relationshipManagerId: 'rm-42',
      consent: true,
    },
    metadata: { occurredAt: '2026-01-05T09:00:00.000Z', schemaVersion: 1 },
  };
}

export const PLAINTEXT_PERSONAL_VALUES = [
  'Zhang Wei',
  '110105199003078514',
  '+86-138-0013-8000',
  'zhang.wei@example.cn',
];
