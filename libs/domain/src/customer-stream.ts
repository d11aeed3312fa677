import type { StoredEventShape } from './aggregate/aggregate';
import { type CustomerEvent, isCustomerEventType } from './events';

/** Every customer has one stream, named by KurrentDB's category convention: `customer-<uuid>`. */
export const CUSTOMER_STREAM_PREFIX = 'customer-';

export function customerStream(customerId: string): string {
  return `${CUSTOMER_STREAM_PREFIX}${customerId}`;
}

/** The customer a stream belongs to (`customer-<id>` → `<id>`), or null for any other stream. */
export function customerIdOfStream(stream: string): string | null {
  if (!stream.startsWith(CUSTOMER_STREAM_PREFIX)) return null;
  const id = stream.slice(CUSTOMER_STREAM_PREFIX.length);
  return id === '' ? null : id;
}

/** The domain's view of a recorded event ({ type, schemaVersion, data }), or null if it is not a customer event. */
export function customerEventOf(recorded: StoredEventShape): CustomerEvent | null {
  if (!isCustomerEventType(recorded.type)) return null;
  const version = recorded.metadata['schemaVersion'];
  const schemaVersion = typeof version === 'number' ? version : 1;
  return { type: recorded.type, schemaVersion, data: recorded.data } as CustomerEvent;
}
