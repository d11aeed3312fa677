/** The caller asked for something the store refuses: a bad name, a mismatched id, a write to an alias. */
export class InvalidReadStoreRequest extends Error {
  readonly code = 'INVALID_READ_STORE_REQUEST';
  constructor(
    readonly subject: string,
    reason: string,
  ) {
    super(`${subject}: ${reason}`);
    this.name = 'InvalidReadStoreRequest';
  }
}

/** A commit or an index would give two documents the same key of a unique index; nothing was applied. */
export class DuplicateKey extends Error {
  readonly code = 'DUPLICATE_KEY';
  constructor(
    readonly collection: string,
    readonly index: string,
    detail = '',
  ) {
    super(`${collection}: duplicate key for unique index ${index}${detail ? ` (${detail})` : ''}`);
    this.name = 'DuplicateKey';
  }
}
