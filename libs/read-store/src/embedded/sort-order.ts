import type { ReadDocument, Sort } from '../read-store.port';

type SortValue = string | number | boolean | null | undefined;

/**
 * MongoDB's order across the types key documents hold: missing and null first, then numbers,
 * strings, booleans. Arrays and objects have rules of their own (an array sorts by an element):
 * undefined here, and mingo sorts such a collection instead.
 */
function rank(value: unknown): number | undefined {
  if (value === undefined || value === null) return 0;
  if (typeof value === 'number') return 1;
  if (typeof value === 'string') return 2;
  if (typeof value === 'boolean') return 3;
  return undefined;
}

function compareValues(a: SortValue, b: SortValue): number {
  const byRank = (rank(a) ?? 0) - (rank(b) ?? 0);
  if (byRank !== 0 || a === null || a === undefined) return byRank;
  // Same type: numbers by value, strings by UTF-16 code units (as mingo compares), false < true.
  return a < (b as typeof a) ? -1 : a > (b as typeof a) ? 1 : 0;
}

/**
 * One collection's key documents in one sort order, kept between queries: a paged list walks it
 * from the start and stops at the end of its page, instead of sorting every document on every
 * request (about 300 ms for 100,000 customers). It holds the documents themselves, not their ids: a
 * walk in sort order through hash lookups touches memory at random (48 ms for 100,000, against 1 ms
 * along an array). Every write keeps it current: a new document is placed, a replaced one swapped
 * in place, a removed one taken out, each found by binary search.
 */
export class SortOrder {
  private readonly fields: readonly string[];
  private readonly directions: readonly number[];

  private constructor(
    spec: Sort,
    private readonly documents: ReadDocument[],
  ) {
    this.fields = Object.keys(spec);
    this.directions = Object.values(spec);
  }

  /** The documents in `spec` order; undefined when a sort value is not a primitive. */
  static of(spec: Sort, documents: Iterable<ReadDocument>): SortOrder | undefined {
    if (Object.keys(spec).some((field) => field.includes('.'))) return undefined;
    const order = new SortOrder(spec, []);
    for (const document of documents) {
      if (!order.sortable(document)) return undefined;
      order.documents.push(document);
    }
    // Array.prototype.sort is stable: ties keep insertion order, as mingo leaves them.
    order.documents.sort((a, b) => order.compare(a, b));
    return order;
  }

  [Symbol.iterator](): Iterator<ReadDocument> {
    return this.documents[Symbol.iterator]();
  }

  /** Whether this order can take the document; when false the caller drops the order. */
  sortable(document: ReadDocument): boolean {
    return this.fields.every((field) => rank(document[field]) !== undefined);
  }

  /** Whether a replacement moves the document in this order. */
  moves(previous: ReadDocument, next: ReadDocument): boolean {
    return this.fields.some((field) => previous[field] !== next[field]);
  }

  /** Places a new document after every document it ties with, as if sorted with it. */
  insert(document: ReadDocument): void {
    this.documents.splice(this.after(document), 0, document);
  }

  /** Swaps in the new version of a document whose sort values did not change. */
  replace(previous: ReadDocument, next: ReadDocument): void {
    const at = this.indexOf(previous);
    if (at >= 0) this.documents[at] = next;
  }

  remove(document: ReadDocument): void {
    const at = this.indexOf(document);
    if (at >= 0) this.documents.splice(at, 1);
  }

  /** Where the document stands: the first of its ties by binary search, then its own _id among them. */
  private indexOf(document: ReadDocument): number {
    let low = 0;
    let high = this.documents.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(this.documents[middle] as ReadDocument, document) < 0) low = middle + 1;
      else high = middle;
    }
    for (let at = low; at < this.documents.length; at += 1) {
      const candidate = this.documents[at] as ReadDocument;
      if (candidate._id === document._id) return at;
      if (this.compare(candidate, document) !== 0) break;
    }
    return -1;
  }

  /** The position after every document that sorts before or ties with this one. */
  private after(document: ReadDocument): number {
    let low = 0;
    let high = this.documents.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(this.documents[middle] as ReadDocument, document) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private compare(a: ReadDocument, b: ReadDocument): number {
    for (let index = 0; index < this.fields.length; index += 1) {
      const field = this.fields[index] as string;
      const order = compareValues(a[field] as SortValue, b[field] as SortValue);
      if (order !== 0) return order * (this.directions[index] ?? 1);
    }
    return 0;
  }
}
