import { type CustomerEvent, occurredAtOf } from '@ledger/domain';
import type { JsonObject, RecordedEvent } from '@ledger/event-store';

/** A generated customer history (libs/domain/test/customer-scenarios) as its stream records it. */
export function recordedHistory(customerId: string, events: readonly CustomerEvent[]): RecordedEvent[] {
  return events.map((event, index) => ({
    eventId: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
    stream: `customer-${customerId}`,
    type: event.type,
    revision: BigInt(index),
    position: String(index + 1),
    data: event.data as unknown as JsonObject,
    metadata: {
      schemaVersion: event.schemaVersion,
      occurredAt: occurredAtOf(event),
      actor: { id: 'rm-li', role: 'relationship-manager' },
      recordedAt: occurredAtOf(event),
      prevHash: '',
      hash: '',
    },
  }));
}
