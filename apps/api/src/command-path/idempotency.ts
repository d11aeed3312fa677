import { createHash } from 'node:crypto';
import { canonicalJson, type JsonValue, type RecordedEvent } from '@ledger/event-store';
import { uuidV5 } from './deterministic-id';

/** The same key with a different request: the caller reused a key, which must never be silently accepted. */
export class IdempotencyKeyReused extends Error {
  readonly code = 'IDEMPOTENCY_KEY_REUSED';
  readonly kind = 'rule';
  constructor(readonly idempotencyKey: string) {
    super(`Idempotency-Key "${idempotencyKey}" was already used with a different request`);
    this.name = 'IdempotencyKeyReused';
  }
}

export function requestHash(route: string, body: unknown): string {
  return createHash('sha256')
    .update(route)
    .update('\n')
    .update(canonicalJson(JSON.parse(JSON.stringify(body ?? null)) as JsonValue))
    .digest('hex');
}

/** Ids a command creates (customerId, holdingId, …): derived from the key, so a replay names the same ones. */
export function derivedId(
  idempotencyKey: string | undefined,
  purpose: string,
  fallback: () => string,
): string {
  return idempotencyKey === undefined ? fallback() : uuidV5(`${idempotencyKey}:${purpose}`);
}

/** The events an earlier request with this key recorded in the stream, if any. */
export function recordedWithKey(events: readonly RecordedEvent[], idempotencyKey: string): RecordedEvent[] {
  return events.filter((event) => event.metadata['idempotencyKey'] === idempotencyKey);
}
