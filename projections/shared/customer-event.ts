import { type CustomerEvent, isCustomerEventType } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';

const CUSTOMER_STREAM_PREFIX = 'customer-';

/** The domain's view of a recorded customer event ({ type, schemaVersion, data }), or null for others. */
export function customerEventOf(recorded: RecordedEvent): CustomerEvent | null {
  if (!isCustomerEventType(recorded.type)) return null;
  const version = recorded.metadata['schemaVersion'];
  const schemaVersion = typeof version === 'number' ? version : 1;
  return { type: recorded.type, schemaVersion, data: recorded.data } as unknown as CustomerEvent;
}

/** The customer a stream belongs to (`customer-<id>` → `<id>`), or null for any other stream. */
export function customerIdOfStream(stream: string): string | null {
  if (!stream.startsWith(CUSTOMER_STREAM_PREFIX)) return null;
  const id = stream.slice(CUSTOMER_STREAM_PREFIX.length);
  return id === '' ? null : id;
}
