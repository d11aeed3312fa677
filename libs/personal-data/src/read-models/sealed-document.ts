import type { JsonObject, JsonValue } from '@ledger/event-store';
import type { ReadDocument } from '@ledger/read-store';
import type { DataKey, DataKeyLookup } from '../keys/key-store.port';
import { ERASED } from '../codec/erased';
import {
  containsEncryptedField,
  decryptPersonalFields,
  encryptPersonalFields,
} from '../codec/personal-data.codec';
import { isEncryptedField } from '../codec/field-cipher';

/**
 * Read-model fields are sealed nested under `$read`, so their AAD binds them to a path no event
 * field can have: an envelope copied from a document into an event (or back) fails to open.
 */
const ROOT = '$read';
/**
 * The synthetic IV's "event": a constant, so an unchanged value re-seals to the same bytes on
 * every write of the document (equality is visible only within one customer's key).
 */
const READ_MODEL = 'read-model';

function valueAt(document: JsonObject, path: string): JsonValue | undefined {
  let current: JsonValue | undefined = document;
  for (const name of path.split('.')) {
    current =
      current !== null && typeof current === 'object' && !Array.isArray(current) ? current[name] : undefined;
  }
  return current;
}

/** Paths holding a value worth sealing: not empty, not null, not the erasure marker, not sealed yet. */
export function sealablePaths(document: ReadDocument, paths: readonly string[]): string[] {
  return paths.filter((path) => {
    const value = valueAt(document as JsonObject, path);
    return (
      value !== undefined && value !== null && value !== '' && value !== ERASED && !isEncryptedField(value)
    );
  });
}

/** A copy of `document` with the value at each path replaced by its envelope (or by ERASED). */
export function sealDocument<T extends ReadDocument>(
  document: T,
  paths: readonly string[],
  key: DataKey | 'destroyed',
): T {
  if (paths.length === 0) return document;
  const rooted: JsonObject = { [ROOT]: document as JsonObject };
  const sealed: JsonObject =
    key === 'destroyed'
      ? paths.reduce((current, path) => replaceWithErased(current, `${ROOT}.${path}`), rooted)
      : encryptPersonalFields(
          rooted,
          paths.map((path) => `${ROOT}.${path}`),
          key,
          { customerId: document._id, eventId: READ_MODEL },
        );
  return sealed[ROOT] as unknown as T;
}

/** A copy of `document` with every envelope opened, or read as ERASED once the key is destroyed. */
export function openDocument<T extends ReadDocument>(document: T, key: DataKeyLookup): T {
  const rooted: JsonObject = { [ROOT]: document as JsonObject };
  return decryptPersonalFields(rooted, key, document._id)[ROOT] as unknown as T;
}

export function isSealed(document: ReadDocument): boolean {
  return containsEncryptedField(document as JsonObject);
}

function replaceWithErased(object: JsonObject, path: string): JsonObject {
  const [name, ...rest] = path.split('.');
  if (name === undefined || !(name in object)) return object;
  const value = object[name];
  if (rest.length === 0) return { ...object, [name]: ERASED };
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? { ...object, [name]: replaceWithErased(value, rest.join('.')) }
    : object;
}
