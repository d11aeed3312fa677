import { DuplicateKey } from '../errors';
import type { ReadDocument } from '../read-store.port';
import { keyAt, UNKEYED } from './field-path';

/**
 * A unique index: one document per tuple of values (a missing field counts as null, as in MongoDB).
 * Arrays compare as whole values; MongoDB's per-element (multikey) uniqueness is not reproduced.
 */
export class UniqueConstraint {
  private readonly owners = new Map<string, string>();
  private readonly paths: readonly (readonly string[])[];

  constructor(
    private readonly collection: string,
    readonly name: string,
    fields: readonly string[],
  ) {
    this.paths = fields.map((field) => field.split('.'));
  }

  /** Throws DuplicateKey, changing nothing, when another document already holds this document's key. */
  check(document: ReadDocument): void {
    const key = this.keyOf(document);
    const owner = this.owners.get(key);
    if (owner !== undefined && owner !== document._id) {
      throw new DuplicateKey(this.collection, this.name, `${document._id} and ${owner} share ${key}`);
    }
  }

  add(document: ReadDocument): void {
    this.owners.set(this.keyOf(document), document._id);
  }

  remove(document: ReadDocument): void {
    const key = this.keyOf(document);
    if (this.owners.get(key) === document._id) this.owners.delete(key);
  }

  private keyOf(document: ReadDocument): string {
    return JSON.stringify(
      this.paths.map((path) => {
        const key = keyAt(document, path);
        return key === UNKEYED ? valueAt(document, path) : key;
      }),
    );
  }
}

function valueAt(document: unknown, path: readonly string[]): unknown {
  let value = document;
  for (const segment of path) value = (value as Record<string, unknown> | undefined)?.[segment];
  return value ?? null;
}
