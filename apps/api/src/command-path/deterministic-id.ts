import { createHash } from 'node:crypto';

/** The namespace of every id this service derives from an Idempotency-Key (a fixed random UUID). */
const LEDGER_NAMESPACE = '5b0a8f3e-2c1d-4e6f-9a7b-3c2d1e0f4a5b';

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

/** RFC 9562 UUIDv5: the same name always gives the same id, so a replayed request re-derives its ids. */
export function uuidV5(name: string, namespace: string = LEDGER_NAMESPACE): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
