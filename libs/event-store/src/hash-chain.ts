import { createHash, hash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { RecordedEvent, StreamVerification } from './event-store.port';
import type { JsonObject } from './json';

/** SHA-256 over the previous hash and what the event says: its type, data and business time. */
export function chainHash(
  prevHash: string,
  event: { type: string; data: JsonObject; occurredAt?: string },
): string {
  const body = canonicalJson({ type: event.type, data: event.data, occurredAt: event.occurredAt ?? null });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/**
 * The same hash as chainHash, from data already in canonical JSON: an adapter that serialised the
 * data once for storage does not serialise it again. The body's keys are written in sorted order.
 */
export function chainHashOfCanonicalData(
  prevHash: string,
  event: { type: string; dataJson: string; occurredAt?: string | undefined },
): string {
  const occurredAt = event.occurredAt === undefined ? 'null' : JSON.stringify(event.occurredAt);
  const body = `{"data":${event.dataJson},"occurredAt":${occurredAt},"type":${JSON.stringify(event.type)}}`;
  // One-shot hash of the joined text: the same bytes as chainHash's three updates, in one native call.
  return hash('sha256', `${prevHash}\n${body}`, 'hex');
}

/**
 * Walks a stream's events in order and checks each link: revisions consecutive from 0, prevHash
 * equal to the previous event's hash, and hash recomputed from the stored content. An altered,
 * removed or reordered event breaks the chain at the first revision that no longer fits.
 */
export function verifyChain(events: readonly RecordedEvent[]): StreamVerification {
  let prevHash = '';
  let checked = 0;
  for (const [index, event] of events.entries()) {
    const expected = chainHash(prevHash, {
      type: event.type,
      data: event.data,
      occurredAt: typeof event.metadata.occurredAt === 'string' ? event.metadata.occurredAt : undefined,
    });
    if (
      event.revision !== BigInt(index) ||
      event.metadata.prevHash !== prevHash ||
      event.metadata.hash !== expected
    ) {
      return { valid: false, events: checked, headHash: prevHash, brokenAt: BigInt(index) };
    }
    prevHash = event.metadata.hash;
    checked += 1;
  }
  return { valid: true, events: checked, headHash: prevHash };
}
