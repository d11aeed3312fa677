import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DecryptionFailed } from '../errors';
import type { MasterKey } from './master-key';

/** A data key as stored: AES-256-GCM under the master key, bound to its customer. */
export interface WrappedKey {
  /** iv (12) ‖ ciphertext (32) ‖ tag (16). */
  wrapped: Buffer;
  /** Fingerprint of the master key that wrapped it (MasterKey.id). */
  masterKeyId: string;
}

export const DATA_KEY_BYTES = 32;

/** Stored wrapped keys were made under another MASTER_KEY than the one configured. */
export class MasterKeyMismatch extends Error {
  readonly code = 'MASTER_KEY_MISMATCH';
  constructor(
    readonly customerId: string,
    readonly storedId: string,
    readonly configuredId: string,
  ) {
    super(
      `customer ${customerId}: data key wrapped by master key ${storedId}, configured is ${configuredId}`,
    );
    this.name = 'MasterKeyMismatch';
  }
}

// Binding the customer id as AAD means a wrapped key copied onto another customer's row won't unwrap.
function aad(customerId: string): Buffer {
  return Buffer.from(`ledger/data-key/v1\n${customerId}`, 'utf8');
}

export function newDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}

export function wrapDataKey(master: MasterKey, customerId: string, dataKey: Buffer): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', master.key, iv).setAAD(aad(customerId));
  const ct = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return { wrapped: Buffer.concat([iv, ct, cipher.getAuthTag()]), masterKeyId: master.id };
}

export function unwrapDataKey(master: MasterKey, customerId: string, stored: WrappedKey): Buffer {
  if (stored.masterKeyId !== master.id)
    throw new MasterKeyMismatch(customerId, stored.masterKeyId, master.id);
  const iv = stored.wrapped.subarray(0, 12);
  const tag = stored.wrapped.subarray(stored.wrapped.length - 16);
  const ct = stored.wrapped.subarray(12, stored.wrapped.length - 16);
  try {
    const decipher = createDecipheriv('aes-256-gcm', master.key, iv, { authTagLength: 16 })
      .setAAD(aad(customerId))
      .setAuthTag(tag);
    return Buffer.concat([decipher.update(ct), decipher.final()]);
  } catch {
    throw new DecryptionFailed(`data key of customer ${customerId}`);
  }
}
