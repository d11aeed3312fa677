import { Observable } from 'rxjs';
import { publishedEventData } from '@ledger/domain';
import { type EventFilter, type EventStore, type From, type RecordedEvent } from '@ledger/event-store';

export interface FeedMessage {
  id: string;
  type: string;
  data: {
    eventId: string;
    stream: string;
    type: string;
    revision: number;
    position: string;
    data: RecordedEvent['data'];
    metadata: RecordedEvent['metadata'];
  };
}

/**
 * An event-store subscription as an Observable: catch-up then live. Unsubscribing (the client
 * disconnects) ends the underlying iterator at once, even while it waits for the next event.
 */
export function eventFeed(
  store: EventStore,
  from: From,
  filter: EventFilter | undefined,
): Observable<FeedMessage> {
  return new Observable<FeedMessage>((subscriber) => {
    const iterator = store.subscribe({ from, filter })[Symbol.asyncIterator]();
    let closed = false;
    void (async () => {
      try {
        while (!closed) {
          const next = await iterator.next();
          if (next.done === true || closed) break;
          subscriber.next(toMessage(next.value));
        }
        subscriber.complete();
      } catch (error) {
        subscriber.error(error);
      }
    })();
    return () => {
      closed = true;
      void iterator.return?.();
    };
  });
}

function toMessage(event: RecordedEvent): FeedMessage {
  return {
    id: event.position,
    type: event.type,
    data: {
      eventId: event.eventId,
      stream: event.stream,
      type: event.type,
      // A number, as /history gives it: one customer's stream stays far below 2^53 events.
      revision: Number(event.revision),
      position: event.position,
      // Money as every route carries it (ADR 0033); the hash in metadata covers the stored form.
      data: publishedEventData(event.data),
      metadata: forSubscribers(event.metadata),
    },
  };
}

/**
 * The request hash is a digest of the plaintext request, personal fields included: it lets the
 * store recognise a retried Idempotency-Key, and would let a subscriber test guesses about sealed
 * fields (and outlive their erasure). Downstream services get every other metadata field.
 */
function forSubscribers(metadata: RecordedEvent['metadata']): RecordedEvent['metadata'] {
  if (!('requestHash' in metadata)) return metadata;
  const { requestHash: _withheld, ...rest } = metadata;
  return rest;
}
