import { createHash, createHmac } from 'node:crypto';
import { ConfigError, type LedgerConfig, usesServerStores } from '@ledger/config';

/** The key-encryption key that wraps every data key; `id` is a fingerprint stored beside wrapped keys. */
export interface MasterKey {
  key: Buffer;
  id: string;
}

/**
 * DEVELOPMENT ONLY — a master key everyone can compute, so `npm start` works with no setup.
 * Data "protected" by it is not protected. resolveMasterKey refuses it in production mode.
 */
export const DEVELOPMENT_MASTER_KEY: string = createHash('sha256')
  .update('relationship-ledger DEVELOPMENT master key - NOT FOR PRODUCTION')
  .digest('base64');

export function masterKeyFrom(base64: string): MasterKey {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new ConfigError('MASTER_KEY', 'must be 32 bytes, base64-encoded');
  // A keyed fingerprint: names the key without revealing anything about it.
  const id = createHmac('sha256', key).update('ledger/master-key-id').digest('hex').slice(0, 16);
  return { key, id };
}

/**
 * MASTER_KEY from configuration. Production (EVENT_STORE_URL or MONGODB_URL set) must supply it;
 * the embedded mode falls back to DEVELOPMENT_MASTER_KEY and says so loudly.
 */
export function resolveMasterKey(
  config: Pick<LedgerConfig, 'masterKey' | 'eventStoreUrl' | 'readStoreUrl'>,
  warn: (message: string) => void = (message) => console.warn(message),
): MasterKey {
  if (config.masterKey !== undefined) return masterKeyFrom(config.masterKey);
  const production = usesServerStores(config);
  if (production) {
    throw new ConfigError(
      'MASTER_KEY',
      'is required when EVENT_STORE_URL or READ_STORE_URL / MONGODB_URL is set',
    );
  }
  warn(
    '*** WARNING: MASTER_KEY is not set; using the PUBLIC DEVELOPMENT master key. ' +
      'Personal data in this store is NOT protected. Set MASTER_KEY (base64 of 32 random bytes) ' +
      'for any real data. ***',
  );
  return masterKeyFrom(DEVELOPMENT_MASTER_KEY);
}
