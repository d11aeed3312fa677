import type { JsonObject, JsonValue } from './json';
import type { From, Position } from './position';

/** KurrentDB's vocabulary: an exact revision, or a claim about the stream's existence. */
export type StreamState = 'no_stream' | 'stream_exists' | 'any' | bigint;

/** Metadata the caller supplies; the store adds recordedAt, hashVersion, prevHash and hash. */
export interface AppendMetadata {
  /** Business time (ISO 8601): when the fact happened. Covered by the hash chain. */
  occurredAt?: string;
  [key: string]: JsonValue | undefined;
}

export interface EventToAppend {
  /** UUID. Re-appending an id already in the stream is an idempotent no-op. */
  eventId: string;
  type: string;
  data: JsonObject;
  metadata?: AppendMetadata;
}

export interface StoredMetadata extends AppendMetadata {
  /** When the store recorded the event (ISO 8601). */
  recordedAt: string;
  /** Hash of the stream's previous event ('' before the first). */
  prevHash: string;
  /**
   * Which hash covers the event: 2 (everything recorded, see chainHashV2); absent on events written
   * before v2, whose hash is v1 (prevHash and the canonical JSON of { type, data, occurredAt }).
   */
  hashVersion?: number;
  /** SHA-256 hex over prevHash and the event, under hashVersion. */
  hash: string;
}

export interface RecordedEvent {
  eventId: string;
  stream: string;
  type: string;
  /** 0-based position of the event in its stream. */
  revision: bigint;
  position: Position;
  data: JsonObject;
  metadata: StoredMetadata;
}

export interface AppendResult {
  /** Revision of the last event now in the stream. */
  nextRevision: bigint;
  /** Position of the last appended event. */
  position: Position;
}

export interface AppendOptions {
  streamState: StreamState;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive; defaults to the first (forwards) or last (backwards) event. */
  fromRevision?: bigint;
  maxCount?: number;
}

export interface EventFilter {
  /** Stream name prefixes, e.g. 'customer-'. */
  streamPrefixes?: readonly string[];
  eventTypes?: readonly string[];
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. */
  from?: From;
  maxCount?: number;
  filter?: EventFilter;
}

export interface SubscribeOptions {
  /** Exclusive: events strictly after this position; 'end' delivers only new events. */
  from: From;
  filter?: EventFilter;
}

/** Where a stream-ordered read stopped: the last event it delivered. */
export interface StreamOrderCursor {
  stream: string;
  /** Position of the stream's first event: streams come in the order they were created. */
  start: Position;
  revision: bigint;
}

export interface ReadByStreamOptions {
  /** Inclusive: only events at or before this position (a snapshot of the log as it was). */
  upTo: Position;
  /** Exclusive: continue after this event. */
  after?: StreamOrderCursor;
  /** Only streams with one of these prefixes. */
  streamPrefixes?: readonly string[];
  /**
   * The sealed data paths the reader reads, by event type (`$metadata.<name>` for metadata): a
   * decrypting store opens only these and leaves every other sealed value as its ciphertext.
   * Unset: every sealed value is opened. Stores without sealed values ignore it.
   */
  opens?: SealedPaths;
}

/** Dotted data paths by event type, e.g. { CustomerOnboarded: ['name', 'birthDate'] }. */
export type SealedPaths = Readonly<Record<string, readonly string[]>>;

/** Consecutive events of one stream, in revision order. */
export interface StreamChunk {
  stream: string;
  /** Position of the stream's first event. */
  start: Position;
  events: RecordedEvent[];
}

export interface StreamVerification {
  valid: boolean;
  /** How many events were checked. */
  events: number;
  /** Hash of the last event ('' for an empty stream). */
  headHash: string;
  /** Revision of the first event whose hash or link does not verify. */
  brokenAt?: bigint;
}

/**
 * The event store port. Adapters: SQLite (embedded default) and KurrentDB (production).
 * Every adapter passes the contract suite in libs/event-store/test.
 */
export interface EventStore {
  append(stream: string, events: readonly EventToAppend[], options: AppendOptions): Promise<AppendResult>;
  /** A stream's events; an unknown stream reads as empty. */
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** Every event in global (commit) order. */
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  /**
   * The log up to a position, one stream after another (in the order streams were created), each
   * stream's events in revision order: a rebuild folds a customer whole instead of visiting it once
   * per event across the log. A stream may arrive in several chunks.
   */
  readByStream(options: ReadByStreamOptions): AsyncIterable<StreamChunk>;
  /** Catch-up, then live. Ends when the consumer stops iterating. */
  subscribe(options: SubscribeOptions): AsyncIterable<RecordedEvent>;
  /** Position of the newest event in the log, or null when it is empty. */
  headPosition(): Promise<Position | null>;
  verifyStream(stream: string): Promise<StreamVerification>;
  close(): Promise<void>;
}
