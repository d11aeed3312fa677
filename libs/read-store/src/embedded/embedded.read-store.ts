import { InvalidReadStoreRequest } from '../errors';
import { adoptJson, cloneJson } from '../json';
import { assertAlias, assertCollection, assertName, assertWrites, indexName, resolve } from '../naming';
import type {
  Checkpoint,
  DocumentWrite,
  Filter,
  FindOptions,
  IndexSpec,
  ReadDocument,
  ReadStore,
} from '../read-store.port';
import { MemoryCollection } from './memory-collection';
import { ReadStoreFile } from './read-store-file';

export interface EmbeddedReadStoreOptions {
  /** A SQLite file path, or ':memory:' for a store that lives as long as the process. */
  file: string;
}

/**
 * The embedded read store: every document in memory (queried by mingo, found by _id in O(1)),
 * written through to a SQLite file, one transaction per commit, and loaded back at open.
 */
export class EmbeddedReadStore implements ReadStore {
  private readonly file: ReadStoreFile;
  private readonly collections = new Map<string, MemoryCollection>();
  private readonly aliasMap = new Map<string, string>();
  private readonly checkpoints = new Map<string, string>();
  private closed = false;

  constructor(options: EmbeddedReadStoreOptions) {
    this.file = new ReadStoreFile(options.file);
    try {
      this.load();
    } catch (error) {
      this.file.close();
      throw error;
    }
  }

  async find<T extends ReadDocument>(
    collection: string,
    filter: Filter = {},
    options?: FindOptions,
  ): Promise<T[]> {
    return (this.read(collection)?.find(filter, options) ?? []).map((document) => cloneJson(document) as T);
  }

  async findOne<T extends ReadDocument>(collection: string, filter: Filter): Promise<T | null> {
    const [document] = this.read(collection)?.find(filter, { limit: 1 }) ?? [];
    return document ? (cloneJson(document) as T) : null;
  }

  async count(collection: string, filter: Filter = {}): Promise<number> {
    return this.read(collection)?.count(filter) ?? 0;
  }

  async commit(writes: readonly DocumentWrite[], checkpoint?: Checkpoint): Promise<void> {
    this.assertOpen();
    assertWrites(writes, this.aliasMap);
    // Memory changes as SQLite does; should the transaction fail, the undo log puts memory back.
    const undo: (() => void)[] = [];
    try {
      this.file.transaction(() => {
        for (const write of writes) this.apply(write, undo);
        if (checkpoint) this.file.putCheckpoint(checkpoint.projection, checkpoint.position);
      });
    } catch (error) {
      for (const step of undo.reverse()) step();
      throw error;
    }
    if (checkpoint) this.checkpoints.set(checkpoint.projection, checkpoint.position);
  }

  async checkpoint(projection: string): Promise<string | null> {
    this.assertOpen();
    return this.checkpoints.get(projection) ?? null;
  }

  async ensureIndexes(collection: string, indexes: readonly IndexSpec[]): Promise<void> {
    this.assertOpen();
    assertCollection(collection, this.aliasMap);
    if (indexes.length === 0) return;
    const undo: (() => void)[] = [];
    try {
      this.file.transaction(() => {
        const target = this.create(collection, undo);
        for (const spec of indexes) {
          const name = indexName(spec.keys);
          if (!target.addIndex(name, spec)) continue;
          undo.push(() => target.dropIndex(name));
          this.file.putIndex(collection, name, target.indexes.get(name) ?? spec);
        }
      });
    } catch (error) {
      for (const step of undo.reverse()) step();
      throw error;
    }
  }

  async dropCollection(collection: string): Promise<void> {
    this.assertOpen();
    assertCollection(collection, this.aliasMap);
    this.file.transaction(() => this.file.dropCollection(collection));
    this.collections.delete(collection);
  }

  async listCollections(): Promise<string[]> {
    this.assertOpen();
    return [...this.collections.keys()].sort();
  }

  async setAlias(alias: string, collection: string): Promise<void> {
    this.assertOpen();
    assertAlias(alias, collection, this.aliasMap, this.collections.has(alias));
    this.file.putAlias(alias, collection);
    this.aliasMap.set(alias, collection);
  }

  async removeAlias(alias: string): Promise<void> {
    this.assertOpen();
    this.file.deleteAlias(alias);
    this.aliasMap.delete(alias);
  }

  async aliases(): Promise<Record<string, string>> {
    this.assertOpen();
    return Object.fromEntries(this.aliasMap);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.file.close();
    this.collections.clear();
  }

  private load(): void {
    for (const name of this.file.collections()) this.collection(name);
    for (const { collection, name, spec } of this.file.indexes())
      this.collection(collection).addIndex(name, spec);
    for (const { collection, body } of this.file.documents()) {
      this.collection(collection).put(JSON.parse(body) as ReadDocument);
    }
    for (const { alias, collection } of this.file.aliases()) this.aliasMap.set(alias, collection);
    for (const { projection, position } of this.file.checkpoints())
      this.checkpoints.set(projection, position);
  }

  private apply(write: DocumentWrite, undo: (() => void)[]): void {
    if (write.document === null) {
      const target = this.collections.get(write.collection);
      const previous = target?.remove(write.id);
      if (!target || !previous) return;
      undo.push(() => target.put(previous));
      this.file.deleteDocument(write.collection, write.id);
      return;
    }
    const target = this.create(write.collection, undo);
    const document = adoptJson(write.document) as ReadDocument;
    const previous = target.put(document);
    undo.push(() => (previous ? target.put(previous) : target.remove(document._id)));
    this.file.putDocument(write.collection, write.id, JSON.stringify(document));
  }

  /** The collection, created (in memory and in the file, inside the caller's transaction) if new. */
  private create(name: string, undo: (() => void)[]): MemoryCollection {
    const existing = this.collections.get(name);
    if (existing) return existing;
    this.file.putCollection(name);
    undo.push(() => this.collections.delete(name));
    return this.collection(name);
  }

  private collection(name: string): MemoryCollection {
    let collection = this.collections.get(name);
    if (!collection) this.collections.set(name, (collection = new MemoryCollection(name)));
    return collection;
  }

  private read(collection: string): MemoryCollection | undefined {
    this.assertOpen();
    assertName('collection', collection);
    return this.collections.get(resolve(collection, this.aliasMap));
  }

  private assertOpen(): void {
    if (this.closed) throw new InvalidReadStoreRequest('read store', 'is closed');
  }
}
