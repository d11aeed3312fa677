import { type KurrentDBClient, type ReadStreamOptions, StreamNotFoundError } from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../event-store.port';
import { toRecordedEvent } from './recorded-event.mapper';

/** A stream's events through the client; a stream that does not exist reads as empty. */
export async function readEvents(
  client: KurrentDBClient,
  stream: string,
  options: ReadStreamOptions,
): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  try {
    for await (const resolved of client.readStream(stream, options)) {
      const event = toRecordedEvent(resolved);
      if (event !== null) events.push(event);
    }
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
  return events;
}

/** The last `count` events of a stream, in revision order. */
export async function readTail(
  client: KurrentDBClient,
  stream: string,
  count: number,
): Promise<RecordedEvent[]> {
  const backwards = await readEvents(client, stream, {
    direction: 'backwards',
    fromRevision: 'end',
    maxCount: count,
  });
  return backwards.reverse();
}

/** Up to `count` events from `fromRevision` on, in revision order. */
export function readSlice(
  client: KurrentDBClient,
  stream: string,
  fromRevision: bigint,
  count: number,
): Promise<RecordedEvent[]> {
  return readEvents(client, stream, { direction: 'forwards', fromRevision, maxCount: count });
}
