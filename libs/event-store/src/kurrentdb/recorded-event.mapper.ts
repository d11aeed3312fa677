import type { AllStreamResolvedEvent, ResolvedEvent } from '@kurrent/kurrentdb-client';
import type { RecordedEvent, StoredMetadata } from '../event-store.port';
import type { JsonObject } from '../json';
import { encodePosition } from './kurrentdb-position';

type ClientEvent = NonNullable<ResolvedEvent['event'] | AllStreamResolvedEvent['event']>;

function isJsonObject(value: unknown): value is JsonObject {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array)
  );
}

/** KurrentDB's own records: `$`-prefixed streams ($stats, $projections-…, $$metadata) and `$` event types. */
export function isSystemEvent(event: { streamId: string; type: string }): boolean {
  return event.streamId.startsWith('$') || event.type.startsWith('$');
}

/**
 * A client record as our RecordedEvent, or null for what the port never shows: system events, link
 * events, and records that are not JSON objects (written by someone other than this store).
 */
export function toRecordedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | null {
  // Without resolveLinkTos a link arrives as `event` of type "$>"; isSystemEvent drops it.
  const event: ClientEvent | undefined = resolved.event;
  if (event === undefined || isSystemEvent(event) || !event.isJson || !isJsonObject(event.data)) return null;
  if (event.position === undefined) {
    // Positions on stream reads arrived in server 22.6; the compose file runs 24.10.
    throw new Error(`KurrentDB returned event ${event.id} without a position: the server is older than 22.6`);
  }
  return {
    eventId: event.id,
    stream: event.streamId,
    type: event.type,
    revision: event.revision,
    position: encodePosition(event.position),
    data: event.data,
    metadata: storedMetadata(event.metadata, event.created),
  };
}

function storedMetadata(metadata: unknown, created: Date): StoredMetadata {
  const fields = isJsonObject(metadata) ? metadata : {};
  // A record without our chain fields reads as unchained, so verifyStream reports it instead of hiding it.
  return {
    ...fields,
    recordedAt: typeof fields.recordedAt === 'string' ? fields.recordedAt : created.toISOString(),
    prevHash: typeof fields.prevHash === 'string' ? fields.prevHash : '',
    hash: typeof fields.hash === 'string' ? fields.hash : '',
  };
}
