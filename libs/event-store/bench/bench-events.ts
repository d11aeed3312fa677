import { randomUUID } from 'node:crypto';
import type { EventToAppend } from '../src';

/** A contact-log event of realistic size (~300 bytes of data), as the api appends them. */
export function contactLogged(appender: number, index: number): EventToAppend {
  return {
    eventId: randomUUID(),
    type: 'ContactLogged',
    data: {
      contactId: randomUUID(),
      channel: 'phone',
      purpose: 'maturity-reminder',
      priority: 1,
      outcome: 'reached',
      notes: 'Customer will visit the branch next week to discuss reinvesting the time deposit.',
      relationshipManagerId: `rm-${appender}`,
      sequence: index,
    },
    metadata: {
      occurredAt: '2026-11-24T10:00:00.000Z',
      actor: { id: `rm-${appender}`, role: 'relationship-manager' },
      $correlationId: randomUUID(),
    },
  };
}
