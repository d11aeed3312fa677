import { InvalidReadStoreRequest } from '../errors';
import {
  assertAlias,
  assertCollection,
  assertFields,
  assertName,
  assertWrites,
  indexName,
  resolve,
} from '../naming';
import type {
  Checkpoint,
  DocumentWrite,
  Filter,
  FindOptions,
  IndexSpec,
  ReadDocument,
  ReadStore,
} from '../read-store.port';
import { jsonCopy } from '../json';
import { fieldsRead } from './filter-fields';
import { MemoryCollection, query } from './memory-collection';
import { ReadStoreFile } from './read-store-file';

/** Documents read with one statement: a runtime batch's loads take one or two. */
const IDS_PER_READ = 1000;

export interface EmbeddedReadStoreOptions {
  /** A SQLite file path, or ':memory:' for a store that lives as long as the process. */
  file: string;
}

/**
 * The embedded read store: documents in a SQLite file, one transaction per commit; in memory, each
 * document's keys (the fields its collection's indexes name), loaded at open. Queries are mingo's:
 * over the keys when the filter and sort read only them, reading just the documents returned;
 * otherwise over the candidate documents read from the file.
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
    assertFields(options?.fields);
    const target = this.read(collection);
    if (!target) return [];
    const fields = fieldsRead(filter, options?.sort);
    if (fields && target.holds(fields)) {
      const keys = target.find(filter, options);
      // The key documents hold every field asked for: the documents need not be read at all.
      if (options?.fields && target.holds(new Set(options.fields)))
        return keys.map((found) => pick(found, options.fields ?? [])) as T[];
      return withFields(
        this.documents(
          target,
          keys.map((found) => found._id),
        ),
        options?.fields,
      ) as T[];
    }
    const found = query(this.documents(target, target.candidateIds(filter)), filter, options);
    return withFields(found, options?.fields) as T[];
  }

  async findOne<T extends ReadDocument>(collection: string, filter: Filter): Promise<T | null> {
    const [document] = await this.find<T>(collection, filter, { limit: 1 });
    return document ?? null;
  }

  async count(collection: string, filter: Filter = {}): Promise<number> {
    const target = this.read(collection);
    if (!target) return 0;
    const fields = fieldsRead(filter);
    if (fields && target.holds(fields)) return target.count(filter);
    return query(this.documents(target, target.candidateIds(filter)), filter).length;
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
        const missing = [...new Set(indexes.flatMap((spec) => target.missingFields(spec)))];
        if (missing.length > 0) this.widenKeys(target, missing, undo);
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
    const computed: { collection: string; id: string; keys: string }[] = [];
    for (const { collection, id, keys, body } of this.file.keys()) {
      const target = this.collection(collection);
      if (keys !== null) {
        target.put(JSON.parse(keys) as ReadDocument);
        continue;
      }
      // A file written before keys were stored: computed once, and stored below.
      const missing = target.keysOf(JSON.parse(body ?? '{}') as ReadDocument);
      target.put(missing);
      computed.push({ collection, id, keys: JSON.stringify(missing) });
    }
    if (computed.length > 0)
      this.file.transaction(() => {
        for (const { collection, id, keys } of computed) this.file.putKeys(collection, id, keys);
      });
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
    // Stringified once for the file; memory keeps copies of the key fields only.
    const body = JSON.stringify(write.document);
    const keys = target.keysOf(write.document);
    const previous = target.put(keys);
    undo.push(() => (previous ? target.put(previous) : target.remove(keys._id)));
    this.file.putDocument(write.collection, write.id, body, JSON.stringify(keys));
  }

  /** A new index names fields the key documents lack: every one is recomputed from its document. */
  private widenKeys(target: MemoryCollection, fields: readonly string[], undo: (() => void)[]): void {
    const before = [...target.fields];
    target.widen(fields);
    undo.push(() => {
      target.fields.clear();
      for (const field of before) target.fields.add(field);
    });
    for (const { id, body } of this.file.bodies(target.name)) {
      const keys = target.keysOf(JSON.parse(body) as ReadDocument);
      const previous = target.put(keys);
      if (previous) undo.push(() => target.put(previous));
      this.file.putKeys(target.name, id, JSON.stringify(keys));
    }
  }

  /** The whole documents of these ids, read from the file in the order given (fresh copies). */
  private documents(target: MemoryCollection, ids: Iterable<string>): ReadDocument[] {
    const stored = [...ids].filter((id) => target.documents.has(id));
    const [only] = stored;
    if (stored.length === 1 && only !== undefined) {
      const body = this.file.body(target.name, only);
      return body === undefined ? [] : [JSON.parse(body) as ReadDocument];
    }
    // One statement per chunk, not one lookup per document; chunks bound the text held at once.
    const found: ReadDocument[] = [];
    for (let start = 0; start < stored.length; start += IDS_PER_READ) {
      const chunk = stored.slice(start, start + IDS_PER_READ);
      const bodies = this.file.bodiesOf(target.name, chunk);
      for (const id of chunk) {
        const body = bodies.get(id);
        if (body !== undefined) found.push(JSON.parse(body) as ReadDocument);
      }
    }
    return found;
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

/** A fresh copy of _id and the given top-level fields, as MongoDB's inclusion projection returns. */
function pick(document: ReadDocument, fields: readonly string[]): ReadDocument {
  const picked: ReadDocument = { _id: document._id };
  for (const field of fields) {
    if (field !== '_id' && Object.hasOwn(document, field)) picked[field] = jsonCopy(document[field]);
  }
  return picked;
}

function withFields(documents: ReadDocument[], fields: readonly string[] | undefined): ReadDocument[] {
  return fields === undefined ? documents : documents.map((document) => pick(document, fields));
}
