import type { RecordedEvent, StoredMetadata } from '../event-store.port';
import type { JsonObject } from '../json';

/** The columns every read selects; bigint columns arrive as decimal strings (node-postgres' default). */
export const EVENT_COLUMNS = 'position, stream, revision, event_id, type, data, metadata';

export interface EventRow {
  position: string;
  stream: string;
  revision: string;
  event_id: string;
  type: string;
  data: string;
  metadata: string;
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    stream: row.stream,
    type: row.type,
    revision: BigInt(row.revision),
    position: row.position,
    data: JSON.parse(row.data) as JsonObject,
    metadata: JSON.parse(row.metadata) as StoredMetadata,
  };
}
