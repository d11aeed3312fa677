import type { EventStore, RecordedEvent } from '@ledger/event-store';
import { customerIdOfStream, customerStream } from '../codec/customer-stream';
import {
  ERASURE_REQUESTED,
  isErasureDue,
  PERSONAL_DATA_ERASED,
  type PendingErasure,
  toPendingErasure,
} from './erasure-events';

/** The latest request of a customer stands; an erasure settles every request before it. */
function settle(pending: Map<string, PendingErasure>, event: RecordedEvent): void {
  const request = toPendingErasure(event);
  if (request !== null) pending.set(request.customerId, request);
  else if (event.type === PERSONAL_DATA_ERASED) pending.delete(customerIdOfStream(event.stream) ?? '');
}

/**
 * Every recorded erasure request whose retention has ended and whose key is not yet recorded as
 * destroyed: a filtered read of the log (requests and erasures only), no second source of truth.
 * For the periodic sweep; a single request is looked up in its own stream (pendingErasureOf).
 */
export async function dueErasures(store: EventStore, now: Date): Promise<PendingErasure[]> {
  const pending = new Map<string, PendingErasure>();
  const events = store.readAll({
    filter: { streamPrefixes: ['customer-'], eventTypes: [ERASURE_REQUESTED, PERSONAL_DATA_ERASED] },
  });
  for await (const event of events) settle(pending, event);
  return [...pending.values()].filter((request) => isErasureDue(request, now));
}

/** The customer's pending erasure request, from its stream alone, if there is one. */
export async function pendingErasureOf(
  store: EventStore,
  customerId: string,
): Promise<PendingErasure | null> {
  const pending = new Map<string, PendingErasure>();
  for (const event of await store.readStream(customerStream(customerId))) settle(pending, event);
  return pending.get(customerId) ?? null;
}
