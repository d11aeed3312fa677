/** A read-model document: JSON with a string _id. */
export interface ReadDocument {
  _id: string;
  [field: string]: unknown;
}

/** MongoDB's query language, evaluated by MongoDB or by mingo in the embedded adapter. */
export type Filter = Record<string, unknown>;
export type Sort = Record<string, 1 | -1>;

export interface FindOptions {
  /** Without a sort the order is unspecified (as in MongoDB): sort whenever order matters. */
  sort?: Sort;
  skip?: number;
  /** 0 or absent: no limit (as in MongoDB). */
  limit?: number;
  /**
   * Top-level fields to return, besides _id (MongoDB's inclusion projection): a query that needs
   * a few fields of many documents need not read them whole.
   */
  fields?: readonly string[];
}

export interface IndexSpec {
  /** Field → direction, in order: { relationshipManagerId: 1, dueDate: 1 }. */
  keys: Record<string, 1 | -1>;
  unique?: boolean;
}

/** One document written in a batch: the whole new document (upsert) or null (delete). */
export interface DocumentWrite {
  collection: string;
  /** Must equal document._id when a document is given. */
  id: string;
  document: ReadDocument | null;
}

export interface Checkpoint {
  /** Name of the projection (or of its versioned rebuild). */
  projection: string;
  /** Opaque event-store position token of the last event the batch covers. */
  position: string;
}

/**
 * The read-store port. Adapters: embedded (in-process, mingo, persisted to a SQLite file) and
 * MongoDB. A batch and its checkpoint are applied atomically: after a crash either both are
 * there or neither is.
 *
 * Documents are JSON: they are stored as `JSON.stringify` would write them (a Date becomes its ISO
 * string, undefined fields disappear) and every read returns a fresh copy the caller may mutate.
 *
 * Aliases serve blue/green rebuilds: queries name a stable alias (`customer360`), the projection
 * runtime writes to versioned collections (`customer360_v2`) and, once the new one has caught up,
 * repoints the alias with `setAlias`. Reads (find, findOne, count) resolve an alias to its
 * collection; writes (commit, ensureIndexes, dropCollection) name collections only and refuse an
 * alias, so a write never lands in whichever version an alias happens to point at. An alias never
 * shares its name with a collection and never points at another alias. Drop a swapped-out
 * collection only after a grace period: another process may still resolve the alias to it briefly.
 */
export interface ReadStore {
  find<T extends ReadDocument>(collection: string, filter?: Filter, options?: FindOptions): Promise<T[]>;
  findOne<T extends ReadDocument>(collection: string, filter: Filter): Promise<T | null>;
  count(collection: string, filter?: Filter): Promise<number>;
  commit(writes: readonly DocumentWrite[], checkpoint?: Checkpoint): Promise<void>;
  checkpoint(projection: string): Promise<string | null>;
  /** Idempotent: an index that already exists with the same keys and options is left alone. */
  ensureIndexes(collection: string, indexes: readonly IndexSpec[]): Promise<void>;
  /** Removes the collection, its documents and its indexes; a missing collection is not an error. */
  dropCollection(collection: string): Promise<void>;
  /** The collections that exist (written to or indexed, not dropped), sorted by name. */
  listCollections(): Promise<string[]>;
  /** Points `alias` at `collection`, creating the alias or atomically moving it. */
  setAlias(alias: string, collection: string): Promise<void>;
  /** Removes the alias; an unknown alias is not an error. */
  removeAlias(alias: string): Promise<void>;
  /** Every alias and the collection it points at. */
  aliases(): Promise<Record<string, string>>;
  close(): Promise<void>;
}
