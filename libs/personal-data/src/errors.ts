/** A personal field was to be written for a customer whose data key is destroyed: erasure is final. */
export class DataKeyDestroyed extends Error {
  readonly code = 'DATA_KEY_DESTROYED';
  constructor(readonly customerId: string) {
    super(
      `customer ${customerId}: the personal data key was destroyed (erasure); personal data cannot be stored`,
    );
    this.name = 'DataKeyDestroyed';
  }
}

/** Encrypted data exists but its key is neither present nor destroyed: the key store lost it. */
export class DataKeyMissing extends Error {
  readonly code = 'DATA_KEY_MISSING';
  constructor(readonly customerId: string) {
    super(`customer ${customerId}: personal data is encrypted but no data key or tombstone exists`);
    this.name = 'DataKeyMissing';
  }
}

/** A ciphertext or a wrapped key failed authentication: wrong key, or the bytes were altered. */
export class DecryptionFailed extends Error {
  readonly code = 'DECRYPTION_FAILED';
  constructor(readonly what: string) {
    super(`${what}: authentication failed (wrong key or altered bytes)`);
    this.name = 'DecryptionFailed';
  }
}
