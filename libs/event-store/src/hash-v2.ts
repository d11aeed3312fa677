import { hash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { JsonObject, JsonValue } from './json';

/** The hash version the store writes now, recorded in each event's metadata as `hashVersion`. */
export const HASH_VERSION = 2;

/** What hash v2 covers beside the previous hash: everything recorded about the event. */
export interface HashedEventV2 {
  stream: string;
  revision: bigint | number;
  type: string;
  data: JsonObject;
  /** The caller's metadata and the store's recordedAt; the fields read are listed in chainHashV2. */
  metadata: { [key: string]: JsonValue | undefined };
}

/** The envelope fields of v2, each already canonical JSON ('null' when absent), as appenders hold them. */
export interface CanonicalEnvelope {
  actorJson: string;
  causationIdJson: string;
  correlationIdJson: string;
  schemaVersionJson: string;
  occurredAt: string | undefined;
}

/**
 * SHA-256 over the previous hash, a newline, and the canonical JSON of
 * { actor, causationId, correlationId, data, hashVersion: 2, occurredAt, recordedAt, revision,
 *   schemaVersion, stream, type }, where actor, occurredAt, schemaVersion come from the metadata of
 * the same name, causationId and correlationId from `$causationId` and `$correlationId`; an absent
 * field is null. Every adapter computes exactly these bytes (docs/adr/0018-hash-v2-and-anchors.md).
 */
export function chainHashV2(prevHash: string, event: HashedEventV2): string {
  const { metadata } = event;
  const recordedAt = metadata['recordedAt'];
  // Written under v2 means recorded by a store: without recordedAt no stored hash can match.
  if (typeof recordedAt !== 'string') return '';
  const occurredAt = metadata['occurredAt'];
  return chainHashV2OfCanonical(prevHash, event.stream, Number(event.revision), recordedAt, {
    type: event.type,
    dataJson: canonicalJson(event.data),
    actorJson: canonicalJson(metadata['actor'] ?? null),
    causationIdJson: canonicalJson(metadata['$causationId'] ?? null),
    correlationIdJson: canonicalJson(metadata['$correlationId'] ?? null),
    schemaVersionJson: canonicalJson(metadata['schemaVersion'] ?? null),
    occurredAt: typeof occurredAt === 'string' ? occurredAt : undefined,
  });
}

/**
 * The same hash as chainHashV2 from text already serialised: the sqlite appender joins strings it
 * holds anyway, so an append serialises nothing twice. Keys are written in sorted order.
 */
export function chainHashV2OfCanonical(
  prevHash: string,
  stream: string,
  revision: number,
  recordedAt: string,
  event: CanonicalEnvelope & { type: string; dataJson: string },
): string {
  const occurredAt = event.occurredAt === undefined ? 'null' : JSON.stringify(event.occurredAt);
  const body =
    `{"actor":${event.actorJson},"causationId":${event.causationIdJson},` +
    `"correlationId":${event.correlationIdJson},"data":${event.dataJson},"hashVersion":2,` +
    `"occurredAt":${occurredAt},"recordedAt":${JSON.stringify(recordedAt)},` +
    `"revision":${revision},"schemaVersion":${event.schemaVersionJson},` +
    `"stream":${JSON.stringify(stream)},"type":${JSON.stringify(event.type)}}`;
  return hash('sha256', `${prevHash}\n${body}`, 'hex');
}
