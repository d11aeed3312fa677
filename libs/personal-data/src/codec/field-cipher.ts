import { createCipheriv, createDecipheriv, createHmac } from 'node:crypto';
import type { JsonObject, JsonValue } from '@ledger/event-store';
import { DecryptionFailed } from '../errors';
import type { DataKey } from '../keys/key-store.port';
import { subKeysOf } from './sub-keys';

/**
 * An encrypted personal field as stored in event data: AES-256-GCM, base64url parts.
 * `kid` names the customer's data key so a later rotation can tell keys apart.
 */
export interface EncryptedField {
  $enc: 'v1';
  kid: string;
  iv: string;
  ct: string;
  tag: string;
}

/** Where a field sits: bound into the ciphertext so it cannot be moved to another customer or field. */
export interface FieldContext {
  customerId: string;
  eventId: string;
  path: string;
}

function aad(customerId: string, path: string): Buffer {
  return Buffer.from(`ledger/personal-data/v1\n${customerId}\n${path}`, 'utf8');
}

/**
 * Synthetic IV (SIV construction): HMAC of event id, field and plaintext, truncated to 96 bits.
 * Unique per (event, field, value) like a random IV, but a retried append of the same event
 * yields identical bytes, so the store's idempotent-retry check still recognises it.
 */
function syntheticIv(ivKey: Buffer, context: FieldContext, plaintext: Buffer): Buffer {
  const mac = createHmac('sha256', ivKey);
  for (const part of [context.customerId, context.eventId, context.path]) mac.update(`${part}\n`);
  return mac.update(plaintext).digest().subarray(0, 12);
}

export function encryptField(dataKey: DataKey, context: FieldContext, value: JsonValue): EncryptedField {
  const keys = subKeysOf(dataKey);
  const plaintext = Buffer.from(JSON.stringify(value), 'utf8');
  const iv = syntheticIv(keys.iv, context, plaintext);
  const cipher = createCipheriv('aes-256-gcm', keys.enc, iv).setAAD(aad(context.customerId, context.path));
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return {
    $enc: 'v1',
    kid: dataKey.keyId,
    iv: iv.toString('base64url'),
    ct: ct.toString('base64url'),
    tag: cipher.getAuthTag().toString('base64url'),
  };
}

export function decryptField(
  dataKey: DataKey,
  context: Omit<FieldContext, 'eventId'>,
  field: EncryptedField,
): JsonValue {
  if (field.kid !== dataKey.keyId) throw new DecryptionFailed(`field ${context.path} (key ${field.kid})`);
  try {
    // authTagLength pins the tag to 16 bytes: GCM would otherwise accept a forged, truncated tag.
    const iv = Buffer.from(field.iv, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', subKeysOf(dataKey).enc, iv, { authTagLength: 16 })
      .setAAD(aad(context.customerId, context.path))
      .setAuthTag(Buffer.from(field.tag, 'base64url'));
    const plaintext = Buffer.concat([decipher.update(Buffer.from(field.ct, 'base64url')), decipher.final()]);
    return JSON.parse(plaintext.toString('utf8')) as JsonValue;
  } catch {
    throw new DecryptionFailed(`field ${context.path}`);
  }
}

export function isEncryptedField(value: JsonValue | undefined): value is JsonObject & EncryptedField {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return (
    value.$enc === 'v1' &&
    typeof value.kid === 'string' &&
    typeof value.iv === 'string' &&
    typeof value.ct === 'string' &&
    typeof value.tag === 'string'
  );
}
