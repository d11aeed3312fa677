import type { DocumentWrite, ReadDocument, ReadStore } from '../../src';

export interface ContractContext {
  /** The store open for the current test. */
  store(): ReadStore;
  /** Closes the store and opens it again over the same storage. */
  reopen(): Promise<ReadStore>;
  /** A name no other test (or earlier run) uses. */
  fresh(prefix: string): string;
}

export const upsert = (collection: string, document: ReadDocument): DocumentWrite => ({
  collection,
  id: document._id,
  document,
});

export const remove = (collection: string, id: string): DocumentWrite => ({ collection, id, document: null });

export const ids = (documents: readonly ReadDocument[]): string[] =>
  documents.map((document) => document._id);
