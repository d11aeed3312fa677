/** A customer's data key, unwrapped: 32 random bytes for AES-256-GCM, and the id ciphertexts name it by. */
export interface DataKey {
  keyId: string;
  key: Buffer;
}

/** The key, or 'destroyed' when erasure shredded it (a tombstone), or null when none was ever made. */
export type DataKeyLookup = DataKey | 'destroyed' | null;

/**
 * Per-customer data keys, stored only wrapped by the master key. Adapters: SQLite (embedded, in
 * the event store's file) and MongoDB. Every adapter passes libs/personal-data/test/key-store.contract.ts.
 */
export interface KeyStore {
  /** The customer's key, made on first need. Throws DataKeyDestroyed after erasure: never a new key. */
  getOrCreate(customerId: string): Promise<DataKey>;
  get(customerId: string): Promise<DataKeyLookup>;
  /** Deletes the wrapped key and keeps a tombstone; idempotent; works for a customer with no key yet. */
  destroy(customerId: string, at?: Date): Promise<void>;
  isDestroyed(customerId: string): Promise<boolean>;
  close(): Promise<void>;
}
