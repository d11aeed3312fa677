import { InvalidReadStoreRequest } from './errors';
import type { DocumentWrite } from './read-store.port';

// Letters, digits, '_', '-', '.', starting with a letter or digit: valid in MongoDB and in SQLite keys,
// and it keeps the stores' own collections (prefixed '_ledger_') out of reach.
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,119}$/;

export const INTERNAL_PREFIX = '_ledger_';

export function assertName(kind: 'collection' | 'alias', name: string): void {
  if (typeof name !== 'string' || !NAME.test(name) || name.startsWith('system.')) {
    throw new InvalidReadStoreRequest(`${kind} "${String(name)}"`, 'use letters, digits, "_", "-" or "."');
  }
}

/** Every write names a valid collection that is not an alias, and an id equal to the document's _id. */
/** A projection names top-level fields: nested paths would read differently in the two adapters. */
export function assertFields(fields: readonly string[] | undefined): void {
  for (const field of fields ?? []) {
    if (typeof field !== 'string' || field === '' || field.includes('.') || field.startsWith('$'))
      throw new InvalidReadStoreRequest(`field "${String(field)}"`, 'name a top-level field');
  }
}

export function assertWrites(writes: readonly DocumentWrite[], aliases: ReadonlyMap<string, string>): void {
  for (const write of writes) {
    assertCollection(write.collection, aliases);
    if (typeof write.id !== 'string' || write.id === '') {
      throw new InvalidReadStoreRequest(`${write.collection} write`, 'id must be a non-empty string');
    }
    if (write.document !== null && write.document._id !== write.id) {
      throw new InvalidReadStoreRequest(
        `${write.collection}/${write.id}`,
        'document._id differs from the id',
      );
    }
  }
}

/** A collection that writes may name: valid and not an alias. */
export function assertCollection(collection: string, aliases: ReadonlyMap<string, string>): void {
  assertName('collection', collection);
  if (aliases.has(collection)) {
    throw new InvalidReadStoreRequest(
      `collection "${collection}"`,
      'is an alias; write to the collection it names',
    );
  }
}

/** An alias may point at a collection, never at another alias, and never shadow a collection. */
export function assertAlias(
  alias: string,
  collection: string,
  aliases: ReadonlyMap<string, string>,
  aliasIsACollection: boolean,
): void {
  assertName('alias', alias);
  assertName('collection', collection);
  const refuse = (reason: string) => new InvalidReadStoreRequest(`alias "${alias}"`, reason);
  if (alias === collection) throw refuse('cannot point at itself');
  if (aliases.has(collection)) throw refuse(`cannot point at another alias ("${collection}")`);
  if (aliasIsACollection || [...aliases.values()].includes(alias))
    throw refuse('is the name of a collection');
}

/** The collection a read addresses: the alias's target, or the name itself. */
export function resolve(name: string, aliases: ReadonlyMap<string, string>): string {
  return aliases.get(name) ?? name;
}

/** MongoDB's default index name: { relationshipManagerId: 1, dueDate: -1 } → "relationshipManagerId_1_dueDate_-1". */
export function indexName(keys: Record<string, 1 | -1>): string {
  return Object.entries(keys)
    .map(([field, direction]) => `${field}_${direction}`)
    .join('_');
}
