import type { EventFilter, RecordedEvent } from '@ledger/event-store';

export type EventPredicate = (event: RecordedEvent) => boolean;

/** The filter as a predicate, evaluated in-process (see ADR 0006 for why the store is not asked). */
export function compileFilter(filter: EventFilter | undefined): EventPredicate {
  const prefixes = filter?.streamPrefixes;
  const types = filter?.eventTypes ? new Set(filter.eventTypes) : undefined;
  return (event) =>
    (types === undefined || types.has(event.type)) &&
    (prefixes === undefined || prefixes.some((prefix) => event.stream.startsWith(prefix)));
}
