import { type CustomerEvent, isCustomerEventType, occurredAtOf, toBusinessDate } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';

/** The domain's view of a recorded customer event ({ type, schemaVersion, data }), or null for others. */
export function customerEventOf(recorded: RecordedEvent): CustomerEvent | null {
  if (!isCustomerEventType(recorded.type)) return null;
  const schemaVersion = recorded.metadata['schemaVersion'] ?? 1;
  return { type: recorded.type, schemaVersion, data: recorded.data } as unknown as CustomerEvent;
}

/** What the decider writes: UTC, milliseconds, 'Z' — the day is its first ten characters. */
const NORMALISED_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The UTC business day of an event; throws on a missing or invalid time, which parks its stream. */
export function businessDayOf(event: CustomerEvent): string {
  const at = occurredAtOf(event);
  if (typeof at === 'string' && NORMALISED_UTC.test(at)) return at.slice(0, 10);
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) {
    throw new Error(`${event.type} has no valid business time`);
  }
  return toBusinessDate(at);
}

export function customerIdOf(event: CustomerEvent): string {
  const id: unknown = event.data.customerId;
  if (typeof id !== 'string' || id === '') throw new Error(`${event.type} names no customer`);
  return id;
}
