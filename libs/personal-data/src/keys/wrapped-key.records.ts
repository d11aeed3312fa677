/** One customer's row in `data_keys`: a wrapped key, or a tombstone once it was destroyed. */
export type WrappedKeyRecord =
  | {
      customerId: string;
      keyId: string;
      /** iv ‖ ciphertext ‖ tag, see key-wrap.ts. */
      wrapped: Buffer;
      masterKeyId: string;
      createdAt: Date;
      destroyedAt: null;
    }
  | { customerId: string; destroyedAt: Date };

export type LiveKeyRecord = Extract<WrappedKeyRecord, { destroyedAt: null }>;

/**
 * Storage of wrapped keys, the only part that differs between SQLite and MongoDB. It never sees
 * an unwrapped key; WrappingKeyStore does the cryptography and caching once for every backend.
 */
export interface WrappedKeyRecords {
  find(customerId: string): Promise<WrappedKeyRecord | null>;
  /** Stores the record unless the customer already has one; returns whichever record is stored. */
  insertIfAbsent(record: LiveKeyRecord): Promise<WrappedKeyRecord>;
  /** Removes the wrapped key, keeping (or creating) a tombstone with the first destruction time. */
  tombstone(customerId: string, at: Date): Promise<void>;
  close(): Promise<void>;
}
