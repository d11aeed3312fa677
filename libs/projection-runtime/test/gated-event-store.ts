import {
  comparePositions,
  type AppendOptions,
  type EventStore,
  type EventToAppend,
  type Position,
  type ReadAllOptions,
  type ReadByStreamOptions,
  type ReadStreamOptions,
  type StreamChunk,
  type RecordedEvent,
  type SubscribeOptions,
} from '@ledger/event-store';

interface Gate {
  after: Position;
  reached: () => void;
  opened: Promise<void>;
  open: boolean;
}

/**
 * The real SQLite store with a gate on its subscriptions, so a test can hold a projection at a
 * known position (mid-rebuild, behind the head) and see when events reached it. Nothing is faked:
 * every call goes to the real store.
 */
export class GatedEventStore implements EventStore {
  private gate: Gate | null = null;
  private readonly deliveries = new Set<{ position: Position; resolve: () => void }>();
  private highest: Position | null = null;
  private chunkGate: { chunks: number; reached: () => void; opened: Promise<void> } | null = null;

  constructor(readonly inner: EventStore) {}

  /** Subscriptions opened from now on deliver events up to `after`, then wait until open() is called. */
  holdAfter(after: Position): { reached: Promise<void>; open: () => void } {
    let open = () => {};
    const opened = new Promise<void>((resolve) => (open = resolve));
    let reached = () => {};
    const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
    const gate: Gate = { after, reached, opened, open: false };
    this.gate = gate;
    return {
      reached: reachedPromise,
      open: () => {
        gate.open = true;
        this.gate = null;
        open();
      },
    };
  }

  /** Resolves once a subscriber has received the event at `position` (and had a turn to buffer it). */
  delivered(position: Position): Promise<void> {
    return new Promise((resolve) => {
      if (this.highest !== null && comparePositions(this.highest, position) >= 0) setImmediate(resolve);
      else this.deliveries.add({ position, resolve });
    });
  }

  subscribe(options: SubscribeOptions): AsyncIterable<RecordedEvent> {
    const inner = this.inner.subscribe(options)[Symbol.asyncIterator]();
    const gate = this.gate;
    const next = async (): Promise<IteratorResult<RecordedEvent>> => {
      const result = await inner.next();
      if (result.done === true) return result;
      if (gate && !gate.open && comparePositions(result.value.position, gate.after) > 0) {
        gate.reached();
        await gate.opened;
      }
      const position = result.value.position;
      if (this.highest === null || comparePositions(position, this.highest) > 0) this.highest = position;
      for (const delivery of this.deliveries) {
        if (comparePositions(result.value.position, delivery.position) < 0) continue;
        this.deliveries.delete(delivery);
        setImmediate(delivery.resolve);
      }
      return result;
    };
    const done = async () => inner.return?.() ?? { done: true as const, value: undefined };
    return { [Symbol.asyncIterator]: () => ({ next, return: done }) };
  }

  append(stream: string, events: readonly EventToAppend[], options: AppendOptions) {
    return this.inner.append(stream, events, options);
  }
  readStream(stream: string, options?: ReadStreamOptions) {
    return this.inner.readStream(stream, options);
  }
  readAll(options?: ReadAllOptions) {
    return this.inner.readAll(options);
  }
  /** Stream-ordered reads opened from now on deliver `chunks` chunks, then wait until open() is called. */
  holdChunksAfter(chunks: number): { reached: Promise<void>; open: () => void } {
    let open = () => {};
    const opened = new Promise<void>((resolve) => (open = resolve));
    let reached = () => {};
    const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
    this.chunkGate = { chunks, reached, opened };
    return { reached: reachedPromise, open: () => ((this.chunkGate = null), open()) };
  }

  async *readByStream(options: ReadByStreamOptions): AsyncIterable<StreamChunk> {
    const gate = this.chunkGate;
    let delivered = 0;
    for await (const chunk of this.inner.readByStream(options)) {
      if (gate && delivered === gate.chunks) {
        gate.reached();
        await gate.opened;
      }
      delivered += 1;
      yield chunk;
    }
  }
  headPosition() {
    return this.inner.headPosition();
  }
  verifyStream(stream: string) {
    return this.inner.verifyStream(stream);
  }
  close() {
    return this.inner.close();
  }
}
