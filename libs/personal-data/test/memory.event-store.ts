import {
  type AppendOptions,
  type AppendResult,
  chainHash,
  comparePositions,
  type EventFilter,
  type EventStore,
  type EventToAppend,
  type Position,
  type ReadAllOptions,
  type ReadByStreamOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type StreamChunk,
  type StreamVerification,
  type SubscribeOptions,
  verifyChain,
  WrongExpectedRevision,
} from '@ledger/event-store';

/**
 * Test double of the event-store port for codec unit tests: an array with a real hash chain.
 * Subscriptions deliver the catch-up only. Integration tests use the SQLite adapter instead.
 */
export class MemoryEventStore implements EventStore {
  readonly log: RecordedEvent[] = [];

  async append(
    stream: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const existing = this.log.filter((event) => event.stream === stream);
    const actual = existing.length === 0 ? 'no_stream' : BigInt(existing.length - 1);
    const state = options.streamState;
    const fits =
      state === 'any' ||
      (state === 'no_stream' && actual === 'no_stream') ||
      (state === 'stream_exists' && actual !== 'no_stream') ||
      state === actual;
    if (!fits) throw new WrongExpectedRevision(stream, state, actual);
    let prevHash = existing.at(-1)?.metadata.hash ?? '';
    for (const event of events) {
      const occurredAt = event.metadata?.occurredAt;
      const hash = chainHash(prevHash, { type: event.type, data: event.data, occurredAt });
      this.log.push({
        eventId: event.eventId,
        stream,
        type: event.type,
        revision: BigInt(this.log.filter((e) => e.stream === stream).length),
        position: String(this.log.length + 1),
        data: structuredClone(event.data),
        metadata: {
          ...structuredClone(event.metadata ?? {}),
          recordedAt: new Date().toISOString(),
          prevHash,
          hash,
        },
      });
      prevHash = hash;
    }
    const last = this.log.at(-1) as RecordedEvent;
    return { nextRevision: last.revision, position: last.position };
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    let events = this.log.filter((event) => event.stream === stream);
    if (options.direction === 'backwards') events = events.reverse();
    return events.slice(0, options.maxCount ?? events.length).map((event) => structuredClone(event));
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    for (const event of this.log) {
      const after =
        options.from === undefined || options.from === 'start'
          ? true
          : options.from === 'end'
            ? false
            : comparePositions(event.position, options.from) > 0;
      if (after && matches(event, options.filter)) yield structuredClone(event);
    }
  }

  /** One chunk per stream; enough for the codec's tests (no resuming, no prefixes). */
  async *readByStream({ upTo }: ReadByStreamOptions): AsyncIterable<StreamChunk> {
    const streams = new Map<string, RecordedEvent[]>();
    for (const event of this.log) {
      if (comparePositions(event.position, upTo) > 0) break;
      const events = streams.get(event.stream) ?? [];
      events.push(structuredClone(event));
      streams.set(event.stream, events);
    }
    for (const [stream, events] of streams)
      yield { stream, start: (events[0] as RecordedEvent).position, events };
  }

  subscribe(options: SubscribeOptions): AsyncIterable<RecordedEvent> {
    return this.readAll(options);
  }

  async headPosition(): Promise<Position | null> {
    return this.log.at(-1)?.position ?? null;
  }

  async verifyStream(stream: string): Promise<StreamVerification> {
    return verifyChain(this.log.filter((event) => event.stream === stream));
  }

  async close(): Promise<void> {}
}

function matches(event: RecordedEvent, filter: EventFilter | undefined): boolean {
  if (filter?.eventTypes !== undefined && !filter.eventTypes.includes(event.type)) return false;
  if (filter?.streamPrefixes !== undefined && !filter.streamPrefixes.some((p) => event.stream.startsWith(p)))
    return false;
  return true;
}
