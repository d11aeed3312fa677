import type {
  AppendMetadata,
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  Position,
  ReadAllOptions,
  ReadByStreamOptions,
  ReadStreamOptions,
  RecordedEvent,
  JsonObject,
  SealedPaths,
  StoredMetadata,
  StreamChunk,
  StreamVerification,
  SubscribeOptions,
} from '@ledger/event-store';
import type { DataKeyLookup, KeyStore } from '../keys/key-store.port';
import { dataSubjectOf } from './data-subject';
import { isEncryptedField } from './field-cipher';
import { PERSONAL_FIELDS, personalFieldsOf, type PersonalFieldCatalog } from './personal-fields.catalog';
import {
  containsEncryptedField,
  decryptPersonalFields,
  encryptPersonalFields,
  openSealedPaths,
  personalPathsPresent,
  sealedPathsIn,
} from './personal-data.codec';

/**
 * The event store as the application sees it: plaintext in, plaintext out. Underneath, the
 * personal fields of every event are AES-256-GCM ciphertext under its data subject's key
 * (dataSubjectOf), so the inner store — its files, its hash chain, its replicas and backups —
 * only ever holds ciphertext. After erasure those fields read as ERASED, in every aggregate's
 * streams. Events with no data subject pass through untouched.
 */
export class EncryptingEventStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly keys: KeyStore,
    private readonly catalog: PersonalFieldCatalog = PERSONAL_FIELDS,
  ) {}

  async append(
    stream: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const encrypted: EventToAppend[] = [];
    for (const event of events) {
      const subject = dataSubjectOf(stream, event.data);
      encrypted.push(subject === null ? event : await this.encrypt(subject, event));
    }
    return this.inner.append(stream, encrypted, options);
  }

  async readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    const events = await this.inner.readStream(stream, options);
    const decrypted: RecordedEvent[] = [];
    for (const event of events) decrypted.push(await this.decrypt(event));
    return decrypted;
  }

  async *readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent> {
    for await (const event of this.inner.readAll(options)) yield await this.decrypt(event);
  }

  /**
   * With `opens`, only the sealed values the reader declared are decrypted; an event none of whose
   * declared paths is sealed passes through as read, without a key lookup or a copy.
   */
  async *readByStream(options: ReadByStreamOptions): AsyncIterable<StreamChunk> {
    const opens = options.opens === undefined ? undefined : splitOpens(options.opens);
    for await (const chunk of this.inner.readByStream(options)) {
      const events: RecordedEvent[] = [];
      // One data subject's key is looked up once per chunk (a stream or a part of one), not per event.
      const keys = new Map<string, DataKeyLookup>();
      const keyOf = async (customerId: string) => {
        if (!keys.has(customerId)) keys.set(customerId, await this.keys.get(customerId));
        return keys.get(customerId) ?? null;
      };
      for (const event of chunk.events)
        events.push(
          opens === undefined ? await this.decrypt(event, keyOf) : await this.open(event, opens, keyOf),
        );
      yield { ...chunk, events };
    }
  }

  async *subscribe(options: SubscribeOptions): AsyncIterable<RecordedEvent> {
    for await (const event of this.inner.subscribe(options)) yield await this.decrypt(event);
  }

  headPosition(): Promise<Position | null> {
    return this.inner.headPosition();
  }

  /** The chain covers the ciphertext the inner store holds, so it verifies before and after erasure. */
  verifyStream(stream: string): Promise<StreamVerification> {
    return this.inner.verifyStream(stream);
  }

  /** Closes the inner store; the key store is closed by whoever opened it (it may be shared). */
  close(): Promise<void> {
    return this.inner.close();
  }

  private async encrypt(customerId: string, event: EventToAppend): Promise<EventToAppend> {
    const paths = personalPathsPresent(event.data, personalFieldsOf(this.catalog, event.type));
    const metadata = event.metadata === undefined ? undefined : sealable(event.metadata);
    const metadataPaths = metadata === undefined ? [] : personalPathsPresent(metadata, SEALED_METADATA);
    if (paths.length === 0 && metadataPaths.length === 0) return event;
    const key = await this.keys.getOrCreate(customerId);
    const where = { customerId, eventId: event.eventId };
    return {
      ...event,
      data: paths.length === 0 ? event.data : encryptPersonalFields(event.data, paths, key, where),
      ...(metadata === undefined || metadataPaths.length === 0
        ? {}
        : { metadata: unsealable(encryptPersonalFields(metadata, metadataPaths, key, where)) }),
    };
  }

  private async decrypt(
    event: RecordedEvent,
    keyOf: (customerId: string) => Promise<DataKeyLookup> = (customerId) => this.keys.get(customerId),
  ): Promise<RecordedEvent> {
    const customerId = dataSubjectOf(event.stream, event.data);
    if (customerId === null) return event;
    const sealedData = containsEncryptedField(event.data);
    const sealedMetadata = SEALED_METADATA_FIELDS.some((name) => isEncryptedField(event.metadata[name]));
    if (!sealedData && !sealedMetadata) return event;
    const key = await keyOf(customerId);
    return {
      ...event,
      data: sealedData ? decryptPersonalFields(event.data, key, customerId) : event.data,
      // The decrypting walk copies every field, so its result is the whole metadata.
      metadata: sealedMetadata
        ? unsealable(decryptPersonalFields(sealable(event.metadata), key, customerId))
        : event.metadata,
    };
  }

  /** Opens only the declared sealed paths of the event's type (see readByStream). */
  private async open(
    event: RecordedEvent,
    opens: ReadonlyMap<string, OpenPaths>,
    keyOf: (customerId: string) => Promise<DataKeyLookup>,
  ): Promise<RecordedEvent> {
    const declared = opens.get(event.type);
    if (declared === undefined) return event;
    const dataPaths = sealedPathsIn(event.data, declared.data);
    const metadataPaths = declared.metadata.filter((name) => isEncryptedField(event.metadata[name]));
    if (dataPaths.length === 0 && metadataPaths.length === 0) return event;
    const customerId = dataSubjectOf(event.stream, event.data);
    if (customerId === null) return event;
    const key = await keyOf(customerId);
    const metadata =
      metadataPaths.length === 0
        ? event.metadata
        : unsealable(
            openSealedPaths(
              sealable(event.metadata),
              metadataPaths.map((name) => `$metadata.${name}`),
              key,
              customerId,
            ),
          );
    const data =
      dataPaths.length === 0 ? event.data : openSealedPaths(event.data, dataPaths, key, customerId);
    return { ...event, data, metadata };
  }
}

interface OpenPaths {
  data: readonly string[];
  /** Metadata field names, declared as `$metadata.<name>`. */
  metadata: readonly string[];
}

function splitOpens(opens: SealedPaths): Map<string, OpenPaths> {
  const split = new Map<string, OpenPaths>();
  for (const [type, paths] of Object.entries(opens)) {
    const metadata = paths.filter((path) => path.startsWith('$metadata.')).map((path) => path.slice(10));
    split.set(type, { data: paths.filter((path) => !path.startsWith('$metadata.')), metadata });
  }
  return split;
}

/**
 * Metadata fields derived from personal data: `requestHash` digests the plaintext request, so
 * stored in the clear it would confirm a guessed name or id number long after erasure. Sealed under
 * the customer's key, it reads back for the idempotency check and is shredded with the rest.
 */
const SEALED_METADATA_FIELDS = ['requestHash'] as const;
/** Nested under `$metadata`, so a sealed metadata field is bound to a path no data field can have. */
const SEALED_METADATA = SEALED_METADATA_FIELDS.map((name) => `$metadata.${name}`);

function sealable(metadata: AppendMetadata): JsonObject {
  return { $metadata: metadata as JsonObject };
}

function unsealable(wrapped: JsonObject): StoredMetadata {
  return wrapped['$metadata'] as StoredMetadata;
}
