import { KurrentDBClient, excludeSystemEvents } from '@kurrent/kurrentdb-client';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  ReadAllOptions,
  ReadByStreamOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamChunk,
  StreamVerification,
  SubscribeOptions,
} from '../event-store.port';
import { verifyChain } from '../hash-chain';
import { comparePositions, type Position } from '../position';
import { AllSubscription, DEFAULT_RECONNECT, type ReconnectPolicy } from './all-subscription';
import { matchesFilter, serverFilter } from './event-filter';
import { appendChained } from './kurrentdb-append';
import { encodePosition, toReadPosition } from './kurrentdb-position';
import { toRecordedEvent } from './recorded-event.mapper';
import { readEvents } from './stream-reads';
import { readStreamsInOrder } from './streams-in-order';

export interface KurrentDbEventStoreOptions {
  reconnect?: Partial<ReconnectPolicy>;
}

/** The event store port over KurrentDB / EventStoreDB 24.10+ (`@kurrent/kurrentdb-client`). */
export class KurrentDbEventStore implements EventStore {
  private readonly subscriptions = new Set<AllSubscription>();
  private readonly reconnect: ReconnectPolicy;

  constructor(
    private readonly client: KurrentDBClient,
    options: KurrentDbEventStoreOptions = {},
  ) {
    this.reconnect = { ...DEFAULT_RECONNECT, ...options.reconnect };
  }

  /** Connects lazily: the first call opens the gRPC channel. `url` is EVENT_STORE_URL. */
  static fromConnectionString(url: string, options?: KurrentDbEventStoreOptions): KurrentDbEventStore {
    return new KurrentDbEventStore(KurrentDBClient.connectionString(url), options);
  }

  append(stream: string, events: readonly EventToAppend[], options: AppendOptions): Promise<AppendResult> {
    return appendChained(this.client, stream, events, options.streamState);
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const direction = options.direction ?? 'forwards';
    if (options.maxCount !== undefined && options.maxCount <= 0) return [];
    return readEvents(this.client, stream, {
      direction,
      fromRevision: options.fromRevision ?? (direction === 'forwards' ? 'start' : 'end'),
      ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
    });
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const { from = 'start', maxCount, filter } = options;
    if (from === 'end' || (maxCount !== undefined && maxCount <= 0)) return;
    // KurrentDB reads $all from a position inclusively; the port's `from` is exclusive.
    const after: Position | undefined = from === 'start' ? undefined : from;
    let delivered = 0;
    const reads = this.client.readAll({ fromPosition: toReadPosition(from), filter: serverFilter(filter) });
    for await (const resolved of reads) {
      const event = toRecordedEvent(resolved);
      if (event === null || !matchesFilter(event, filter)) continue;
      if (after !== undefined && comparePositions(event.position, after) <= 0) continue;
      yield event;
      delivered += 1;
      if (maxCount !== undefined && delivered >= maxCount) return;
    }
  }

  readByStream(options: ReadByStreamOptions): AsyncIterable<StreamChunk> {
    return readStreamsInOrder(this.client, options);
  }

  subscribe(options: SubscribeOptions): AsyncIterable<RecordedEvent> {
    const subscription = new AllSubscription(this.client, options, this.reconnect, (ended) =>
      this.subscriptions.delete(ended),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<Position | null> {
    const reads = this.client.readAll({
      direction: 'backwards',
      fromPosition: 'end',
      filter: excludeSystemEvents(),
    });
    for await (const resolved of reads) {
      // excludeSystemEvents looks at event types only; toRecordedEvent also drops `$` streams.
      if (toRecordedEvent(resolved) !== null && resolved.event?.position !== undefined) {
        return encodePosition(resolved.event.position);
      }
    }
    return null;
  }

  async verifyStream(stream: string): Promise<StreamVerification> {
    return verifyChain(await this.readStream(stream));
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.return()));
    await this.client.dispose();
  }
}
