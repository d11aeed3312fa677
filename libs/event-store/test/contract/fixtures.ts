import { randomUUID } from 'node:crypto';
import type { AppendMetadata, EventStore, EventToAppend, From, JsonObject, RecordedEvent } from '../../src';

/** What each contract part needs: the store under test (opened once per suite) and the suite's options. */
export interface ContractContext {
  store: () => EventStore;
  options: Required<ContractOptions>;
}

export interface ContractOptions {
  /** False for adapters whose server scopes event ids to a stream (KurrentDB). Default true. */
  uniqueEventIdsAcrossStreams?: boolean;
  /** How many appenders race on one stream. Default 50. */
  racers?: number;
}

/** A stream name no other test (or other client of a shared server) uses. */
export function freshStream(category = 'contract'): string {
  return `${category}-${randomUUID()}`;
}

/** An event type no other test uses, for event-type filters on a shared server. */
export function freshType(name: string): string {
  return `${name}${randomUUID().replace(/-/g, '')}`;
}

export function anEvent(
  type = 'ContractChecked',
  data: JsonObject = {},
  metadata: AppendMetadata = {},
): EventToAppend {
  return {
    eventId: randomUUID(),
    type,
    data: { note: 'a contract test event', amount: 1250, tags: ['a', 'b'], ...data },
    metadata: { occurredAt: '2026-11-24T10:00:00.000Z', ...metadata },
  };
}

export function events(count: number, type?: string): EventToAppend[] {
  return Array.from({ length: count }, (_, index) => anEvent(type, { index }));
}

/** Where to read from so that only events appended after this call are seen. */
export async function currentEnd(store: EventStore): Promise<From> {
  return (await store.headPosition()) ?? 'start';
}

export async function readAllOf(iterable: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const read: RecordedEvent[] = [];
  for await (const event of iterable) read.push(event);
  return read;
}

/** The next `count` events of an iterator (a subscription never ends by itself). */
export async function take(iterator: AsyncIterator<RecordedEvent>, count: number): Promise<RecordedEvent[]> {
  const taken: RecordedEvent[] = [];
  while (taken.length < count) {
    const next = await iterator.next();
    if (next.done) break;
    taken.push(next.value);
  }
  return taken;
}
