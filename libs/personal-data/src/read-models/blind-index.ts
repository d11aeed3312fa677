import { createHmac } from 'node:crypto';
import type { Filter, ReadDocument } from '@ledger/read-store';
import type { MasterKey } from '../keys/master-key';
import { logicalCollectionOf } from './read-model-fields';

/** A query matched on a sealed field: it would silently match nothing (use a keyed blind index). */
export class SealedFieldQueried extends Error {
  constructor(
    readonly collection: string,
    readonly path: string,
  ) {
    super(`${collection}: "${path}" is sealed personal data; a query cannot match on it`);
    this.name = 'SealedFieldQueried';
  }
}

/** Stored values carry it, so a value read back and written again is not indexed twice. */
const PREFIX = 'bi1:';

/** The one key of every blind index, derived from the master key: one key per customer could not be queried. */
export function blindIndexKeyOf(master: MasterKey): Buffer {
  return createHmac('sha256', master.key).update('ledger/read-models/blind-index/v1').digest();
}

/** A keyed digest of a field's value: equal values match, the value cannot be read back. */
export function blindIndex(key: Buffer, collection: string, field: string, value: string): string {
  if (value.startsWith(PREFIX)) return value;
  const mac = createHmac('sha256', key).update(`${logicalCollectionOf(collection)}\n${field}\n${value}`);
  return PREFIX + mac.digest().subarray(0, 16).toString('base64url');
}

/**
 * The document with each listed top-level string field replaced by its blind index; a list of
 * strings (a name's prefixes) has each of its items replaced, so equality matches any one of them.
 */
export function withBlindIndexes<T extends ReadDocument>(
  key: Buffer,
  collection: string,
  document: T,
  fields: readonly string[],
): T {
  const indexed = fields.filter(
    (field) => typeof document[field] === 'string' || Array.isArray(document[field]),
  );
  if (indexed.length === 0) return document;
  const copy: ReadDocument = { ...document };
  for (const field of indexed) {
    const value = document[field];
    copy[field] = Array.isArray(value)
      ? value.map((item: unknown) =>
          typeof item === 'string' ? blindIndex(key, collection, field, item) : item,
        )
      : blindIndex(key, collection, field, value as string);
  }
  return copy as T;
}

/**
 * The filter with each value matched against a blind-indexed field replaced by its index: equality
 * and $in only. A range, or a filter or sort on a sealed path, is refused: it would match nothing.
 */
export function blindFilter(
  key: Buffer,
  collection: string,
  filter: Filter,
  sealed: readonly string[],
  indexed: readonly string[],
): Filter {
  const out: Filter = {};
  for (const [name, value] of Object.entries(filter)) {
    if (name.startsWith('$')) {
      out[name] = Array.isArray(value)
        ? value.map((clause) =>
            isFilter(clause) ? blindFilter(key, collection, clause, sealed, indexed) : clause,
          )
        : value;
      continue;
    }
    refuseSealed(collection, name, sealed);
    out[name] = indexed.includes(name) ? indexedMatch(key, collection, name, value) : value;
  }
  return out;
}

export function refuseSealed(collection: string, field: string, sealed: readonly string[]): void {
  const path = sealed.find((candidate) => field === candidate || field.startsWith(`${candidate}.`));
  if (path !== undefined) throw new SealedFieldQueried(collection, path);
}

function indexedMatch(key: Buffer, collection: string, field: string, value: unknown): unknown {
  const digest = (one: unknown) => (typeof one === 'string' ? blindIndex(key, collection, field, one) : one);
  if (!isFilter(value)) return digest(value);
  const operators = Object.keys(value);
  if (operators.some((operator) => operator !== '$in' && operator !== '$eq'))
    throw new SealedFieldQueried(collection, `${field} (a blind index matches $eq and $in only)`);
  const match: Filter = {};
  if ('$eq' in value) match['$eq'] = digest(value['$eq']);
  if (Array.isArray(value['$in'])) match['$in'] = value['$in'].map(digest);
  return match;
}

function isFilter(value: unknown): value is Filter {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
