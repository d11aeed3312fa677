import {
  eventTypeFilter,
  excludeSystemEvents,
  streamNameFilter,
  type Filter,
} from '@kurrent/kurrentdb-client';
import type { EventFilter, RecordedEvent } from '../event-store.port';

function given(values: readonly string[] | undefined): readonly string[] | undefined {
  return values !== undefined && values.length > 0 ? values : undefined;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The one filter KurrentDB evaluates server-side on $all. Stream prefixes map to a prefix filter
 * (they also keep `$` streams out); event types to an exact-match regex, because a prefix filter on
 * "CustomerOnboarded" would also pass "CustomerOnboardedV2". With both, the server narrows by stream
 * and `matchesFilter` checks the types client-side.
 */
export function serverFilter(filter: EventFilter | undefined): Filter {
  const prefixes = given(filter?.streamPrefixes);
  if (prefixes !== undefined) return streamNameFilter({ prefixes: [...prefixes] });
  const types = given(filter?.eventTypes);
  if (types !== undefined) return eventTypeFilter({ regex: `^(?:${types.map(escapeRegex).join('|')})$` });
  return excludeSystemEvents();
}

/** The whole filter, client-side: the server filter covers one dimension only. */
export function matchesFilter(event: RecordedEvent, filter: EventFilter | undefined): boolean {
  const prefixes = given(filter?.streamPrefixes);
  const types = given(filter?.eventTypes);
  return (
    (prefixes === undefined || prefixes.some((prefix) => event.stream.startsWith(prefix))) &&
    (types === undefined || types.includes(event.type))
  );
}
