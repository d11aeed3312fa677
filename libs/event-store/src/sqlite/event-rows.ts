import type { RecordedEvent, StoredMetadata } from '../event-store.port';
import type { JsonObject } from '../json';

/** The columns every read selects, in the order EventRow lists them. */
export const EVENT_COLUMNS = 'position, stream, revision, event_id, type, data, metadata';

/** A row as `.raw()` statements return it: an array, which skips building a keyed object per row. */
export type EventRow = [
  position: number,
  stream: string,
  revision: number,
  eventId: string,
  type: string,
  data: string,
  metadata: string,
];

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    eventId: row[3],
    stream: row[1],
    type: row[4],
    revision: BigInt(row[2]),
    position: String(row[0]),
    data: JSON.parse(row[5]) as JsonObject,
    metadata: JSON.parse(row[6]) as StoredMetadata,
  };
}
