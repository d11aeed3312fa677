import {
  type Checkpoint,
  type DocumentWrite,
  type Filter,
  type FindOptions,
  type IndexSpec,
  type ReadDocument,
  type ReadStore,
  TurnBudget,
} from '@ledger/read-store';
import type { DataKey, KeyStore } from '../keys/key-store.port';
import { blindFilter, refuseSealed, withBlindIndexes } from './blind-index';
import {
  READ_MODEL_BLIND_INDEXES,
  READ_MODEL_PERSONAL_FIELDS,
  type ReadModelFieldCatalog,
  readModelFieldsOf,
} from './read-model-fields';
import { isSealed, openDocument, sealablePaths, sealDocument } from './sealed-document';

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
    /** blindIndexKeyOf(master key): the same in every process that reads these read models. */
    private readonly blindIndexKey: Buffer,
    private readonly catalog: ReadModelFieldCatalog = READ_MODEL_PERSONAL_FIELDS,
    private readonly blindIndexes: ReadModelFieldCatalog = READ_MODEL_BLIND_INDEXES,
  ) {}

  async find<T extends ReadDocument>(
    collection: string,
    filter?: Filter,
    options?: FindOptions,
  ): Promise<T[]> {
    const found = await this.inner.find<T>(collection, this.match(collection, filter, options), options);
    const opened: T[] = [];
    for (const document of found) opened.push(await this.open(document));
    return opened;
  }

  async findOne<T extends ReadDocument>(collection: string, filter: Filter): Promise<T | null> {
    const found = await this.inner.findOne<T>(collection, this.match(collection, filter) ?? {});
    return found === null ? null : this.open(found);
  }

  async count(collection: string, filter?: Filter): Promise<number> {
    return this.inner.count(collection, this.match(collection, filter));
  }

  async commit(writes: readonly DocumentWrite[], checkpoint?: Checkpoint): Promise<void> {
    const sealed: DocumentWrite[] = [];
    // Sealing a rebuild's window is seconds of CPU: queries get turns between documents.
    const turns = new TurnBudget();
    for (const write of writes) {
      sealed.push(await this.seal(write));
      await turns.spent();
    }
    return this.inner.commit(sealed, checkpoint);
  }

  checkpoint(projection: string): Promise<string | null> {
    return this.inner.checkpoint(projection);
  }

  async ensureIndexes(collection: string, indexes: readonly IndexSpec[]): Promise<void> {
    const paths = readModelFieldsOf(this.catalog, collection);
    for (const index of indexes)
      for (const field of Object.keys(index.keys)) refuseSealed(collection, field, paths);
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
    const indexed = readModelFieldsOf(this.blindIndexes, write.collection);
    const document = withBlindIndexes(this.blindIndexKey, write.collection, write.document, indexed);
    const paths = sealablePaths(document, readModelFieldsOf(this.catalog, write.collection));
    if (paths.length === 0) return document === write.document ? write : { ...write, document };
    const found = await this.keys.get(write.id);
    // A fold that runs after the key was destroyed holds only what it opened: ERASED.
    const key: DataKey | 'destroyed' = found ?? (await this.keys.getOrCreate(write.id));
    return { ...write, document: sealDocument(document, paths, key) };
  }

  private async open<T extends ReadDocument>(document: T): Promise<T> {
    if (!isSealed(document)) return document;
    return openDocument(document, await this.keys.get(document._id));
  }

  /** The filter the inner store runs: blind-indexed values digested, sealed paths refused. */
  private match(collection: string, filter?: Filter, options?: FindOptions): Filter | undefined {
    const sealed = readModelFieldsOf(this.catalog, collection);
    const indexed = readModelFieldsOf(this.blindIndexes, collection);
    if (sealed.length === 0 && indexed.length === 0) return filter;
    for (const field of Object.keys(options?.sort ?? {}))
      refuseSealed(collection, field, [...sealed, ...indexed]);
    return filter === undefined
      ? undefined
      : blindFilter(this.blindIndexKey, collection, filter, sealed, indexed);
  }
}
