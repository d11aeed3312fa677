import type { StoredEventShape } from './aggregate/aggregate';
import { customerEventOf } from './customer-stream';
import { occurredAtOf } from './events/customer-event';
import { toMs } from './time';

/**
 * When the fact happened (business time): a customer event's own time field (`openedAt`, `at`,
 * `occurredAt`, …), else the envelope's `occurredAt`, else when it was recorded. This is what
 * `?asOf=` cuts on (ADR 0033).
 */
export function businessTimeOf(recorded: StoredEventShape): string {
  const event = customerEventOf(recorded);
  const own = event === null ? undefined : (occurredAtOf(event) as unknown);
  if (typeof own === 'string' && !Number.isNaN(toMs(own))) return own;
  const envelope = recorded.metadata['occurredAt'];
  if (typeof envelope === 'string') return envelope;
  return recordedTimeOf(recorded);
}

/** When the ledger learned of the fact: the store's `recordedAt`. This is what `?knownAt=` cuts on. */
export function recordedTimeOf(recorded: StoredEventShape): string {
  const recordedAt = recorded.metadata['recordedAt'];
  return typeof recordedAt === 'string' ? recordedAt : '';
}

/**
 * An auditor's cut through a stream: `asOf` keeps the facts that had happened by then (business
 * time), `knownAt` those the ledger had recorded by then; either, both or neither (everything).
 */
export type TimeCut = { asOf?: string; knownAt?: string };

/** Whether the event is inside the cut; both bounds are inclusive. */
export function isWithinCut(recorded: StoredEventShape, cut: TimeCut): boolean {
  if (cut.asOf !== undefined && toMs(businessTimeOf(recorded)) > toMs(cut.asOf)) return false;
  if (cut.knownAt !== undefined && toMs(recordedTimeOf(recorded)) > toMs(cut.knownAt)) return false;
  return true;
}
