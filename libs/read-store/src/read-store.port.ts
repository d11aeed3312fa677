/** A read-model document: JSON with a string _id. */
export interface ReadDocument {
  _id: string;
  [field: string]: unknown;
}

/** MongoDB's query language, evaluated by MongoDB or by mingo in the embedded adapter. */
export type Filter = Record<string, unknown>;
export type Sort = Record<string, 1 | -1>;

export interface FindOptions {
  sort?: Sort;
  skip?: number;
  limit?: number;
}

export interface IndexSpec {
  /** Field → direction, in order: { relationshipManagerId: 1, dueDate: 1 }. */
  keys: Record<string, 1 | -1>;
  unique?: boolean;
}

/** One document written in a batch: the whole new document (upsert) or null (delete). */
export interface DocumentWrite {
  collection: string;
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
 */
export interface ReadStore {
  find<T extends ReadDocument>(collection: string, filter?: Filter, options?: FindOptions): Promise<T[]>;
  findOne<T extends ReadDocument>(collection: string, filter: Filter): Promise<T | null>;
  count(collection: string, filter?: Filter): Promise<number>;
  commit(writes: readonly DocumentWrite[], checkpoint?: Checkpoint): Promise<void>;
  checkpoint(projection: string): Promise<string | null>;
  ensureIndexes(collection: string, indexes: readonly IndexSpec[]): Promise<void>;
  dropCollection(collection: string): Promise<void>;
  close(): Promise<void>;
}
