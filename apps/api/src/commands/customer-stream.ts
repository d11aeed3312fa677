import type { RecordedEvent } from '@ledger/event-store';
import type { CustomerEvent } from '@ledger/domain';

export const CUSTOMER_STREAM_PREFIX = 'customer-';

export function customerStream(customerId: string): string {
  return `${CUSTOMER_STREAM_PREFIX}${customerId}`;
}

/** The domain sees { type, schemaVersion, data }; the envelope's metadata stays with the store. */
export function toDomainEvent(recorded: RecordedEvent): CustomerEvent {
  const schemaVersion =
    typeof recorded.metadata['schemaVersion'] === 'number' ? recorded.metadata['schemaVersion'] : 1;
  return { type: recorded.type, schemaVersion, data: recorded.data } as unknown as CustomerEvent;
}
