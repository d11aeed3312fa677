import { type CustomerEvent, occurredAtOf, toBusinessDate } from '@ledger/domain';

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
