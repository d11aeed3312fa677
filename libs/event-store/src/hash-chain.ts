import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { RecordedEvent, StreamVerification } from './event-store.port';
import { chainHashV2, HASH_VERSION } from './hash-v2';
import type { JsonObject } from './json';

/**
 * Hash v1, for events recorded before hash v2 (no `hashVersion` in their metadata): SHA-256 over the
 * previous hash and what the event says, its type, data and business time.
 */
export function chainHash(
  prevHash: string,
  event: { type: string; data: JsonObject; occurredAt?: string },
): string {
  const body = canonicalJson({ type: event.type, data: event.data, occurredAt: event.occurredAt ?? null });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/**
 * Walks a stream's events in order and checks each link: revisions consecutive from 0, prevHash
 * equal to the previous event's hash, and hash recomputed from the stored content under the version
 * its metadata names (none: v1). Once an event is v2, a later v1 event is a downgrade and breaks the
 * chain. An altered, removed or reordered event breaks it at the first revision that no longer fits.
 */
export function verifyChain(events: readonly RecordedEvent[]): StreamVerification {
  let prevHash = '';
  let checked = 0;
  let version = 1;
  for (const [index, event] of events.entries()) {
    const eventVersion = event.metadata.hashVersion ?? 1;
    const fits =
      event.revision === BigInt(index) &&
      event.metadata.prevHash === prevHash &&
      (eventVersion === 1 || eventVersion === HASH_VERSION) &&
      eventVersion >= version &&
      event.metadata.hash === expectedHash(prevHash, event, eventVersion);
    if (!fits) return { valid: false, events: checked, headHash: prevHash, brokenAt: BigInt(index) };
    version = eventVersion;
    prevHash = event.metadata.hash;
    checked += 1;
  }
  return { valid: true, events: checked, headHash: prevHash };
}

/**
 * The hash an event should carry given the previous hash, under the version its metadata names (none:
 * v1); '' for a version no store writes. What an offline check of an exported history recomputes.
 */
export function expectedHash(prevHash: string, event: RecordedEvent, version: unknown): string {
  if (version !== 1 && version !== HASH_VERSION) return '';
  if (version === HASH_VERSION) return chainHashV2(prevHash, event);
  const occurredAt = event.metadata.occurredAt;
  return chainHash(prevHash, {
    type: event.type,
    data: event.data,
    occurredAt: typeof occurredAt === 'string' ? occurredAt : undefined,
  });
}
