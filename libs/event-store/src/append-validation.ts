import { InvalidAppend } from './errors';
import type { AppendOptions, EventToAppend, StreamState } from './event-store.port';
import type { CanonicalEnvelope } from './hash-v2';
import { strictCanonicalJson, strictJson } from './strict-json';

/** An event that passed validation, serialised once for both storage and the hash chain. */
export interface CheckedEvent extends CanonicalEnvelope {
  /** Lower-cased UUID, so an id compares equal however the caller wrote it. */
  eventId: string;
  type: string;
  /** Canonical JSON of the data. */
  dataJson: string;
  /** JSON of the caller's metadata ('{}' when none), without the store's own fields; stored as written. */
  metadataJson: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Written by the store; a caller supplying them would be forging the chain. */
const STORE_FIELDS = ['recordedAt', 'hashVersion', 'prevHash', 'hash'] as const;

/**
 * Checks an append before any adapter touches its database, so bad input is a typed InvalidAppend
 * naming the field and nothing is appended. An empty event list is rejected too: it would have no
 * result to return and usually means a bug in the caller.
 */
export function checkAppend(
  stream: string,
  events: readonly EventToAppend[],
  options: AppendOptions,
): CheckedEvent[] {
  if (typeof stream !== 'string' || stream.trim() === '')
    throw new InvalidAppend('stream', 'must be a non-empty name');
  if (stream.startsWith('$')) throw new InvalidAppend('stream', "names starting with '$' are reserved");
  checkStreamState((options as AppendOptions | undefined)?.streamState);
  if (!Array.isArray(events) || events.length === 0)
    throw new InvalidAppend('events', 'must list at least one event');
  // Most appends carry one event, which needs no set of the ids seen so far.
  const seen = events.length > 1 ? new Set<string>() : undefined;
  return events.map((event: unknown, index) => {
    const checked = checkEvent(event, `events[${index}]`);
    if (seen?.has(checked.eventId))
      throw new InvalidAppend(`events[${index}].eventId`, 'repeats an earlier event');
    seen?.add(checked.eventId);
    return checked;
  });
}

function checkStreamState(state: unknown): asserts state is StreamState {
  if (state === 'no_stream' || state === 'stream_exists' || state === 'any') return;
  if (typeof state !== 'bigint') {
    throw new InvalidAppend(
      'streamState',
      "must be 'no_stream', 'stream_exists', 'any' or a bigint revision",
    );
  }
  if (state < 0n) throw new InvalidAppend('streamState', `revision ${state} is below zero`);
}

function checkEvent(value: unknown, path: string): CheckedEvent {
  if (typeof value !== 'object' || value === null) throw new InvalidAppend(path, 'must be an event object');
  const event = value as Partial<Record<keyof EventToAppend, unknown>>;
  if (typeof event.eventId !== 'string' || !UUID.test(event.eventId)) {
    throw new InvalidAppend(`${path}.eventId`, 'must be a UUID');
  }
  if (typeof event.type !== 'string' || event.type.trim() === '' || event.type.startsWith('$')) {
    throw new InvalidAppend(`${path}.type`, "must be a non-empty name not starting with '$'");
  }
  if (typeof event.data !== 'object' || event.data === null || Array.isArray(event.data)) {
    throw new InvalidAppend(`${path}.data`, 'must be a JSON object');
  }
  const dataJson = strictCanonicalJson(event.data, `${path}.data`);
  const metadata = event.metadata ?? {};
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    throw new InvalidAppend(`${path}.metadata`, 'must be a JSON object');
  }
  const record = metadata as Record<string, unknown>;
  for (const field of STORE_FIELDS) {
    if (record[field] !== undefined)
      throw new InvalidAppend(`${path}.metadata.${field}`, 'is set by the store');
  }
  const occurredAt = record['occurredAt'];
  if (occurredAt !== undefined && (typeof occurredAt !== 'string' || Number.isNaN(Date.parse(occurredAt)))) {
    throw new InvalidAppend(`${path}.metadata.occurredAt`, 'must be an ISO 8601 time');
  }
  const metadataJson = strictJson(metadata, `${path}.metadata`);
  return {
    eventId: event.eventId.toLowerCase(),
    type: event.type,
    dataJson,
    metadataJson,
    occurredAt: occurredAt as string | undefined,
    // The envelope hash v2 covers, canonical once here (metadataJson already checked each value).
    actorJson: canonicalOrNull(record['actor'], `${path}.metadata.actor`),
    causationIdJson: canonicalOrNull(record['$causationId'], `${path}.metadata.$causationId`),
    correlationIdJson: canonicalOrNull(record['$correlationId'], `${path}.metadata.$correlationId`),
    schemaVersionJson: canonicalOrNull(record['schemaVersion'], `${path}.metadata.schemaVersion`),
  };
}

/** Ids and versions are strings and numbers, already checked by strictJson: their JSON is canonical. */
function canonicalOrNull(value: unknown, path: string): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string' || typeof value === 'number') return JSON.stringify(value);
  return isFlatAndSorted(value) ? JSON.stringify(value) : strictCanonicalJson(value, path);
}

/** An actor `{ id, role }`: keys already in order, scalar values, so its JSON is canonical as written. */
function isFlatAndSorted(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] as string;
    const member: unknown = (value as Record<string, unknown>)[key];
    if (index > 0 && (keys[index - 1] as string) >= key) return false;
    if (typeof member !== 'string' && typeof member !== 'boolean' && member !== null) return false;
  }
  return true;
}
