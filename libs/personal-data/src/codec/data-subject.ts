import type { JsonObject } from '@ledger/event-store';
import { customerIdOfStream } from './customer-stream';

/**
 * Whose key seals an event's personal fields: in a customer's stream, that customer; in any other
 * aggregate's stream, the customer the event names (`data.customerId`). So personal data recorded
 * by any aggregate is shredded with its customer's key. Null: no data subject, nothing to seal.
 */
export function dataSubjectOf(stream: string, data: JsonObject): string | null {
  const fromStream = customerIdOfStream(stream);
  if (fromStream !== null) return fromStream;
  const named = data['customerId'];
  return typeof named === 'string' && named !== '' ? named : null;
}
