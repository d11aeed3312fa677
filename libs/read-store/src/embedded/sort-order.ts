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
 * One collection's ids in one sort order, kept between queries: a paged list walks it from the
 * start and stops at the end of its page, instead of sorting every document on every request
 * (about 300 ms for 100,000 customers). New documents are placed by binary search; a document
 * whose sort values change, or that leaves, costs one linear search.
 */
export class SortOrder {
  private readonly fields: readonly string[];
  private readonly directions: readonly number[];

  private constructor(
    spec: Sort,
    private readonly ids: string[],
    private readonly keysOf: (id: string) => ReadDocument | undefined,
  ) {
    this.fields = Object.keys(spec);
    this.directions = Object.values(spec);
  }

  /** The documents in `spec` order; undefined when a sort value is not a primitive. */
  static of(
    spec: Sort,
    documents: Iterable<ReadDocument>,
    keysOf: (id: string) => ReadDocument | undefined,
  ): SortOrder | undefined {
    if (Object.keys(spec).some((field) => field.includes('.'))) return undefined;
    const order = new SortOrder(spec, [], keysOf);
    const rows: ReadDocument[] = [];
    for (const document of documents) {
      if (!order.sortable(document)) return undefined;
      rows.push(document);
    }
    // Array.prototype.sort is stable: ties keep insertion order, as mingo leaves them.
    rows.sort((a, b) => order.compare(a, b));
    order.ids.push(...rows.map((document) => document._id));
    return order;
  }

  [Symbol.iterator](): Iterator<string> {
    return this.ids[Symbol.iterator]();
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
    let low = 0;
    let high = this.ids.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const other = this.keysOf(this.ids[middle] as string);
      if (other !== undefined && this.compare(other, document) <= 0) low = middle + 1;
      else high = middle;
    }
    this.ids.splice(low, 0, document._id);
  }

  remove(id: string): void {
    const at = this.ids.indexOf(id);
    if (at >= 0) this.ids.splice(at, 1);
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
