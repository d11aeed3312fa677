import { Query } from 'mingo';
import { InvalidReadStoreRequest } from '../errors';
import { jsonCopy } from '../json';
import type { Filter, FindOptions, IndexSpec, ReadDocument } from '../read-store.port';
import { compileFilter, type DocumentTest } from './compiled-filter';
import { EqualityIndex } from './equality-index';
import { equalityValues, type IndexKey, onlyEquality } from './field-path';
import { SortOrder } from './sort-order';
import { UniqueConstraint } from './unique-constraint';

/** Candidates below 1/16 of a collection are sorted by mingo; more walk the kept sort order. */
const FEW_CANDIDATES = 16;

// Filters come from our query modules, never from users, but server-side JavaScript stays off anyway.
const MINGO = { scriptEnabled: false };

/**
 * One collection's keys held in memory: for each document (by _id, in insertion order) the fields
 * its indexes name, equality indexes on the first field of each index, unique constraints. The
 * documents themselves stay in the file: a filter and sort that read only these fields is answered
 * here, and only the documents returned are read. Keeping every whole document in memory made a
 * 100,000-customer store outgrow 1 GiB and its start-up take seconds of parsing.
 */
export class MemoryCollection {
  /** Key documents by _id. */
  readonly documents = new Map<string, ReadDocument>();
  readonly indexes = new Map<string, IndexSpec>();
  /** The top-level fields key documents hold: _id and every field an index names. */
  readonly fields = new Set<string>(['_id']);
  private readonly equality = new Map<string, EqualityIndex>();
  private readonly unique: UniqueConstraint[] = [];
  /** Sort orders paged queries asked for, by their spec, kept up to date by every write. */
  private readonly sortOrders = new Map<string, SortOrder>();
  /** Bumped by every put and remove: what was counted before is stale after. */
  private version = 0;
  private lastCount: { filter: string; version: number; matched: number } | undefined;

  constructor(readonly name: string) {}

  /** Stores the document, replacing any with its _id; throws DuplicateKey before changing anything. */
  put(document: ReadDocument): ReadDocument | undefined {
    for (const constraint of this.unique) constraint.check(document);
    const previous = this.documents.get(document._id);
    if (previous) this.unindex(previous);
    // Map.set on an existing key keeps its place: a replace does not move a document in natural order.
    this.documents.set(document._id, document);
    this.version += 1;
    for (const index of this.equality.values()) index.add(document);
    for (const constraint of this.unique) constraint.add(document);
    this.placeInSortOrders(previous, document);
    return previous;
  }

  remove(id: string): ReadDocument | undefined {
    const previous = this.documents.get(id);
    if (!previous) return undefined;
    this.unindex(previous);
    this.documents.delete(id);
    this.version += 1;
    for (const order of this.sortOrders.values()) order.remove(previous);
    return previous;
  }

  /**
   * A new document takes its place and a replaced one is swapped in; one whose sort values changed
   * drops that order (rebuilt on use).
   */
  private placeInSortOrders(previous: ReadDocument | undefined, document: ReadDocument): void {
    for (const [spec, order] of this.sortOrders) {
      if (previous !== undefined && !order.moves(previous, document)) order.replace(previous, document);
      else if (previous === undefined && order.sortable(document)) order.insert(document);
      else this.sortOrders.delete(spec);
    }
  }

  /** The key document of a whole document: copies of the fields the indexes name, as JSON has them. */
  keysOf(document: ReadDocument): ReadDocument {
    const keys: ReadDocument = { _id: document._id };
    for (const field of this.fields) {
      if (field === '_id' || !Object.hasOwn(document, field)) continue;
      const value = jsonCopy(document[field]);
      if (value !== undefined) keys[field] = value;
    }
    return keys;
  }

  /** Whether key documents hold every one of these fields, so a query on them can be answered here. */
  holds(fields: ReadonlySet<string>): boolean {
    for (const field of fields) if (!this.fields.has(field)) return false;
    return true;
  }

  /** The top-level fields of an index this collection's key documents lack. */
  missingFields(spec: IndexSpec): string[] {
    return [...new Set(Object.keys(spec.keys).map(rootOf))].filter((field) => !this.fields.has(field));
  }

  /** Key documents will hold these fields too; the caller puts every key document again. */
  widen(fields: readonly string[]): void {
    for (const field of fields) this.fields.add(field);
    this.sortOrders.clear();
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
    this.widen(fields.map(rootOf));
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
    if (options.sort) {
      // Walking the kept order beats mingo sorting the candidates unless an index left only a few.
      const narrowed = this.narrowestIndex(filter);
      if (narrowed === undefined || narrowed.size * FEW_CANDIDATES > this.documents.size) {
        const order = this.sortOrder(options.sort);
        if (order) return this.walk(order, filter, options);
      }
    }
    return query(this.candidates(filter), filter, options);
  }

  /**
   * The page of a sorted query, along the kept order. Without a filter it stops when the page is
   * full; with one it tests every document and remembers how many matched, because a paged list
   * asks for the total next and would otherwise test them all a second time.
   */
  private walk(order: Iterable<ReadDocument>, filter: Filter, options: FindOptions): ReadDocument[] {
    const test = Object.keys(filter).length === 0 ? undefined : testOf(filter);
    const page: ReadDocument[] = [];
    let skip = options.skip ?? 0;
    let matched = 0;
    for (const document of order) {
      if (test !== undefined && !test(document)) continue;
      matched += 1;
      if (skip > 0) skip -= 1;
      else if (!options.limit || page.length < options.limit) page.push(document);
      // Without a filter there is nothing left to count once the page is full.
      else if (test === undefined) break;
    }
    if (test !== undefined)
      this.lastCount = { filter: JSON.stringify(filter), version: this.version, matched };
    return page;
  }

  private sortOrder(spec: NonNullable<FindOptions['sort']>): SortOrder | undefined {
    const key = JSON.stringify(spec);
    let order = this.sortOrders.get(key);
    if (order === undefined) {
      order = SortOrder.of(spec, this.documents.values());
      if (order !== undefined) this.sortOrders.set(key, order);
    }
    return order;
  }

  count(filter: Filter): number {
    if (Object.keys(filter).length === 0) return this.documents.size;
    const last = this.lastCount;
    const fresh = last?.version === this.version;
    if (fresh && last?.filter === JSON.stringify(filter)) return last.matched;
    const test = testOf(filter);
    let count = 0;
    for (const document of this.candidates(filter)) if (test(document)) count++;
    return count;
  }

  /** The ids of the documents a filter may match (a superset: the caller tests each). */
  candidateIds(filter: Filter): Iterable<string> {
    return this.narrowestIndex(filter) ?? this.documents.keys();
  }

  /** The fewest ids an equality condition allows, or undefined when the filter narrows nothing. */
  private narrowestIndex(filter: Filter): ReadonlySet<string> | undefined {
    const ids = equalityValues(filter._id);
    if (ids) return distinctIds(ids);
    let narrowest: ReadonlySet<string> | undefined;
    for (const [field, index] of this.equality) {
      const values = equalityValues(filter[field]);
      if (!values) continue;
      const candidates = index.candidates(values);
      if (!narrowest || candidates.size < narrowest.size) narrowest = candidates;
    }
    return narrowest;
  }

  /** The key documents a filter may match: by _id, through the narrowest equality index, or all. */
  private candidates(filter: Filter): Iterable<ReadDocument> {
    const narrowed = this.narrowestIndex(filter);
    // All of them: straight from the map, without a lookup per id.
    return narrowed === undefined ? this.documents.values() : this.lookup(narrowed);
  }

  private *lookup(ids: Iterable<string>): Iterable<ReadDocument> {
    for (const id of ids) {
      const document = this.documents.get(id);
      if (document) yield document;
    }
  }
}

/** The filter as a function where it compiles (the shapes our queries write), else mingo's test. */
function testOf(filter: Filter): DocumentTest {
  const compiled = compileFilter(filter);
  if (compiled !== undefined) return compiled;
  const query = new Query(filter, MINGO);
  return (document) => query.test(document);
}

function rootOf(path: string): string {
  const dot = path.indexOf('.');
  return dot < 0 ? path : path.slice(0, dot);
}

/**
 * Filter, sort, skip and limit over documents, as MongoDB would apply them. Unsorted, a filter that
 * compiles is tested as a function; sorting stays with mingo, which knows MongoDB's order for every type.
 */
export function query(
  documents: Iterable<ReadDocument>,
  filter: Filter,
  options: FindOptions = {},
): ReadDocument[] {
  const compiled = compileFilter(filter);
  if (compiled !== undefined && !options.sort) {
    const skip = options.skip ?? 0;
    const matched: ReadDocument[] = [];
    for (const document of documents) {
      if (!compiled(document)) continue;
      matched.push(document);
      if (options.limit && matched.length === skip + options.limit) break;
    }
    return matched.slice(skip);
  }
  let cursor = new Query(filter, MINGO).find<ReadDocument>(documents);
  if (options.sort) cursor = cursor.sort(options.sort);
  if (options.skip) cursor = cursor.skip(options.skip);
  if (options.limit) cursor = cursor.limit(options.limit);
  return cursor.all();
}

/** Document ids are strings: other values in an _id condition match nothing. */
function distinctIds(values: readonly IndexKey[]): Set<string> {
  return new Set(values.filter((value): value is string => typeof value === 'string'));
}
