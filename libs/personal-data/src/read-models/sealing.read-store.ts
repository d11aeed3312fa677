import type {
  Checkpoint,
  DocumentWrite,
  Filter,
  FindOptions,
  IndexSpec,
  ReadDocument,
  ReadStore,
} from '@ledger/read-store';
import type { DataKey, KeyStore } from '../keys/key-store.port';
import {
  READ_MODEL_PERSONAL_FIELDS,
  type ReadModelFieldCatalog,
  readModelFieldsOf,
} from './read-model-fields';
import { isSealed, openDocument, sealablePaths, sealDocument } from './sealed-document';

/** A query matched on a sealed field: it would silently match nothing (use a keyed blind index). */
export class SealedFieldQueried extends Error {
  constructor(
    readonly collection: string,
    readonly path: string,
  ) {
    super(`${collection}: "${path}" is sealed personal data; a query cannot match on it`);
    this.name = 'SealedFieldQueried';
  }
}

/**
 * The read store as projections and queries see it: plaintext in, plaintext out. Underneath, the
 * personal fields the catalog lists are sealed under the document's data subject's key (its _id),
 * in the events' envelope, so the read store's files, WAL and replicas hold ciphertext only. Once
 * the key is destroyed they open as ERASED, before any erasure event is folded and without a rebuild.
 */
export class SealingReadStore implements ReadStore {
  constructor(
    private readonly inner: ReadStore,
    private readonly keys: KeyStore,
    private readonly catalog: ReadModelFieldCatalog = READ_MODEL_PERSONAL_FIELDS,
  ) {}

  async find<T extends ReadDocument>(
    collection: string,
    filter?: Filter,
    options?: FindOptions,
  ): Promise<T[]> {
    this.refuseSealedMatch(collection, filter, options);
    const found = await this.inner.find<T>(collection, filter, options);
    const opened: T[] = [];
    for (const document of found) opened.push(await this.open(document));
    return opened;
  }

  async findOne<T extends ReadDocument>(collection: string, filter: Filter): Promise<T | null> {
    this.refuseSealedMatch(collection, filter);
    const found = await this.inner.findOne<T>(collection, filter);
    return found === null ? null : this.open(found);
  }

  async count(collection: string, filter?: Filter): Promise<number> {
    this.refuseSealedMatch(collection, filter);
    return this.inner.count(collection, filter);
  }

  async commit(writes: readonly DocumentWrite[], checkpoint?: Checkpoint): Promise<void> {
    const sealed: DocumentWrite[] = [];
    for (const write of writes) sealed.push(await this.seal(write));
    return this.inner.commit(sealed, checkpoint);
  }

  checkpoint(projection: string): Promise<string | null> {
    return this.inner.checkpoint(projection);
  }

  async ensureIndexes(collection: string, indexes: readonly IndexSpec[]): Promise<void> {
    const paths = readModelFieldsOf(this.catalog, collection);
    for (const index of indexes)
      for (const field of Object.keys(index.keys)) {
        const sealed = paths.find((path) => field === path || field.startsWith(`${path}.`));
        if (sealed !== undefined) throw new SealedFieldQueried(collection, sealed);
      }
    return this.inner.ensureIndexes(collection, indexes);
  }

  dropCollection(collection: string): Promise<void> {
    return this.inner.dropCollection(collection);
  }

  listCollections(): Promise<string[]> {
    return this.inner.listCollections();
  }

  setAlias(alias: string, collection: string): Promise<void> {
    return this.inner.setAlias(alias, collection);
  }

  removeAlias(alias: string): Promise<void> {
    return this.inner.removeAlias(alias);
  }

  aliases(): Promise<Record<string, string>> {
    return this.inner.aliases();
  }

  /** Closes the inner store; the key store is closed by whoever opened it (it is shared). */
  close(): Promise<void> {
    return this.inner.close();
  }

  private async seal(write: DocumentWrite): Promise<DocumentWrite> {
    if (write.document === null) return write;
    const paths = sealablePaths(write.document, readModelFieldsOf(this.catalog, write.collection));
    if (paths.length === 0) return write;
    const found = await this.keys.get(write.id);
    // A fold that runs after the key was destroyed holds only what it opened: ERASED.
    const key: DataKey | 'destroyed' = found ?? (await this.keys.getOrCreate(write.id));
    return { ...write, document: sealDocument(write.document, paths, key) };
  }

  private async open<T extends ReadDocument>(document: T): Promise<T> {
    if (!isSealed(document)) return document;
    return openDocument(document, await this.keys.get(document._id));
  }

  private refuseSealedMatch(collection: string, filter?: Filter, options?: FindOptions): void {
    const paths = readModelFieldsOf(this.catalog, collection);
    if (paths.length === 0) return;
    const named = [...fieldsNamed(filter ?? {}), ...Object.keys(options?.sort ?? {})];
    for (const field of named) {
      const sealed = paths.find((path) => field === path || field.startsWith(`${path}.`));
      if (sealed !== undefined) throw new SealedFieldQueried(collection, sealed);
    }
  }
}

/** Every field a MongoDB filter names, through $and / $or / $nor. */
function fieldsNamed(filter: Filter): string[] {
  return Object.entries(filter).flatMap(([name, value]) =>
    name.startsWith('$')
      ? Array.isArray(value)
        ? value.flatMap((clause) => (isFilter(clause) ? fieldsNamed(clause) : []))
        : []
      : [name],
  );
}

function isFilter(value: unknown): value is Filter {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
