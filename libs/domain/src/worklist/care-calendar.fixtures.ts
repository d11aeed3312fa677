import { CUSTOMER_ID, RM } from '../../test/fixtures';
import type { CustomerEvent } from '../events';

/** A contact of rm-li's at `occurredAt`, with the purpose given and optionally naming a holding. */
export function contactAt(occurredAt: string, purpose = 'greeting', holdingId?: string): CustomerEvent {
  return {
    type: 'ContactLogged',
    schemaVersion: 1,
    data: {
      customerId: CUSTOMER_ID,
      contactId: `c-${occurredAt}-${purpose}`,
      channel: 'phone',
      purpose,
      ...(holdingId !== undefined && { holdingId }),
      priority: 2,
      outcome: 'reached',
      relationshipManagerId: RM.id,
      occurredAt,
    },
  };
}
