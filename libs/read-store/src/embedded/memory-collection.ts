import { Query } from 'mingo';
import { InvalidReadStoreRequest } from '../errors';
import type { Filter, FindOptions, IndexSpec, ReadDocument } from '../read-store.port';
import { EqualityIndex } from './equality-index';
import { equalityValues, type IndexKey, onlyEquality } from './field-path';
import { UniqueConstraint } from './unique-constraint';

// Filters come from our query modules, never from users, but server-side JavaScript stays off anyway.
const MINGO = { scriptEnabled: false };

/**
 * One collection held in memory: documents by _id in insertion order, equality indexes on the first
 * field of each index, unique constraints. Holds the stored objects: callers copy what they hand out.
 */
export class MemoryCollection {
  readonly documents = new Map<string, ReadDocument>();
  readonly indexes = new Map<string, IndexSpec>();
  private readonly equality = new Map<string, EqualityIndex>();
  private readonly unique: UniqueConstraint[] = [];

  constructor(readonly name: string) {}

  /** Stores the document, replacing any with its _id; throws DuplicateKey before changing anything. */
  put(document: ReadDocument): ReadDocument | undefined {
    for (const constraint of this.unique) constraint.check(document);
    const previous = this.documents.get(document._id);
    if (previous) this.unindex(previous);
    // Map.set on an existing key keeps its place: a replace does not move a document in natural order.
    this.documents.set(document._id, document);
    for (const index of this.equality.values()) index.add(document);
    for (const constraint of this.unique) constraint.add(document);
    return previous;
  }

  remove(id: string): ReadDocument | undefined {
    const previous = this.documents.get(id);
    if (!previous) return undefined;
    this.unindex(previous);
    this.documents.delete(id);
    return previous;
  }

  private unindex(document: ReadDocument): void {
    for (const index of this.equality.values()) index.remove(document);
    for (const constraint of this.unique) constraint.remove(document);
  }

  /** Returns false when the index already exists as specified; throws when it exists differently. */
  addIndex(name: string, spec: IndexSpec): boolean {
    const existing = this.indexes.get(name);
    if (existing) {
      if (Boolean(existing.unique) === Boolean(spec.unique)) return false;
      throw new InvalidReadStoreRequest(`index ${this.name}.${name}`, 'exists with other options');
    }
    const fields = Object.keys(spec.keys);
    if (spec.unique) {
      const constraint = new UniqueConstraint(this.name, name, fields);
      for (const document of this.documents.values()) {
        constraint.check(document);
        constraint.add(document);
      }
      this.unique.push(constraint);
    }
    const first = fields[0];
    if (first !== undefined && first !== '_id' && !this.equality.has(first)) {
      const index = new EqualityIndex(first);
      for (const document of this.documents.values()) index.add(document);
      this.equality.set(first, index);
    }
    this.indexes.set(name, { keys: { ...spec.keys }, unique: Boolean(spec.unique) });
    return true;
  }

  dropIndex(name: string): void {
    const spec = this.indexes.get(name);
    if (!spec) return;
    this.indexes.delete(name);
    const unique = this.unique.findIndex((constraint) => constraint.name === name);
    if (unique >= 0) this.unique.splice(unique, 1);
    const first = Object.keys(spec.keys)[0];
    const stillUsed = [...this.indexes.values()].some((other) => Object.keys(other.keys)[0] === first);
    if (first !== undefined && !stillUsed) this.equality.delete(first);
  }

  find(filter: Filter, options: FindOptions = {}): ReadDocument[] {
    // By _id alone (a 360 GET, the runtime loading a batch's documents): map lookups, no query to compile.
    const ids = Object.keys(filter).length === 1 ? onlyEquality(filter._id) : undefined;
    if (ids && !options.sort && !options.skip) {
      const found = [...this.lookup(distinctIds(ids))];
      return options.limit ? found.slice(0, options.limit) : found;
    }
    let cursor = new Query(filter, MINGO).find<ReadDocument>(this.candidates(filter));
    if (options.sort) cursor = cursor.sort(options.sort);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit) cursor = cursor.limit(options.limit);
    return cursor.all();
  }

  count(filter: Filter): number {
    if (Object.keys(filter).length === 0) return this.documents.size;
    const query = new Query(filter, MINGO);
    let count = 0;
    for (const document of this.candidates(filter)) if (query.test(document)) count++;
    return count;
  }

  /** The documents a filter may match: by _id, through the narrowest equality index, or all. */
  private candidates(filter: Filter): Iterable<ReadDocument> {
    const ids = equalityValues(filter._id);
    if (ids) return this.lookup(distinctIds(ids));
    let narrowest: ReadonlySet<string> | undefined;
    for (const [field, index] of this.equality) {
      const values = equalityValues(filter[field]);
      if (!values) continue;
      const candidates = index.candidates(values);
      if (!narrowest || candidates.size < narrowest.size) narrowest = candidates;
    }
    return narrowest ? this.lookup(narrowest) : this.documents.values();
  }

  private *lookup(ids: Iterable<string>): Iterable<ReadDocument> {
    for (const id of ids) {
      const document = this.documents.get(id);
      if (document) yield document;
    }
  }
}

/** Document ids are strings: other values in an _id condition match nothing. */
function distinctIds(values: readonly IndexKey[]): Set<string> {
  return new Set(values.filter((value): value is string => typeof value === 'string'));
}
