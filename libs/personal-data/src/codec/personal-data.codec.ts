import type { JsonObject, JsonValue } from '@ledger/event-store';
import { DataKeyMissing } from '../errors';
import type { DataKey, DataKeyLookup } from '../keys/key-store.port';
import { ERASED } from './erased';
import { decryptField, encryptField, isEncryptedField } from './field-cipher';

function isObject(value: JsonValue | undefined): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function valueAt(data: JsonObject, path: string): JsonValue | undefined {
  let current: JsonValue | undefined = data;
  for (const name of path.split('.')) current = isObject(current) ? current[name] : undefined;
  return current;
}

/** The catalog paths that hold a value worth encrypting (present, not null, not already encrypted). */
export function personalPathsPresent(data: JsonObject, paths: readonly string[]): string[] {
  return paths.filter((path) => {
    const value = valueAt(data, path);
    return value !== undefined && value !== null && !isEncryptedField(value);
  });
}

/** `object` with the value at `names` replaced by `replace(value)`; untouched branches are shared. */
function replaceAt(
  object: JsonObject,
  names: readonly string[],
  replace: (value: JsonValue) => JsonValue,
): JsonObject {
  const [name, ...rest] = names;
  if (name === undefined) return object;
  const value = object[name];
  if (value === undefined) return object;
  if (rest.length === 0) return { ...object, [name]: replace(value) };
  return isObject(value) ? { ...object, [name]: replaceAt(value, rest, replace) } : object;
}

/** A copy of `data` with the value at each path replaced by its ciphertext; `data` is not modified. */
export function encryptPersonalFields(
  data: JsonObject,
  paths: readonly string[],
  key: DataKey,
  event: { customerId: string; eventId: string },
): JsonObject {
  return paths.reduce(
    (current, path) =>
      replaceAt(current, path.split('.'), (value) =>
        value === null ? null : { ...encryptField(key, { ...event, path }, value) },
      ),
    data,
  );
}

export function containsEncryptedField(value: JsonValue): boolean {
  if (isEncryptedField(value)) return true;
  return isObject(value) && Object.values(value).some(containsEncryptedField);
}

/**
 * A copy of `data` with every encrypted value decrypted — listed in the catalog or not, so old
 * events stay readable when the catalog changes — or replaced by ERASED when the key is destroyed.
 */
export function decryptPersonalFields(data: JsonObject, key: DataKeyLookup, customerId: string): JsonObject {
  const walk = (object: JsonObject, prefix: string): JsonObject => {
    const out: JsonObject = {};
    for (const [name, value] of Object.entries(object)) {
      const path = prefix === '' ? name : `${prefix}.${name}`;
      if (isEncryptedField(value)) {
        if (key === null) throw new DataKeyMissing(customerId);
        out[name] = key === 'destroyed' ? ERASED : decryptField(key, { customerId, path }, value);
      } else {
        out[name] = isObject(value) ? walk(value, path) : value;
      }
    }
    return out;
  };
  return walk(data, '');
}

/** Which of `paths` hold a sealed value in `data`: the only ones a selective read must open. */
export function sealedPathsIn(data: JsonObject, paths: readonly string[]): string[] {
  return paths.filter((path) => isEncryptedField(valueAt(data, path)));
}

/**
 * A copy of `data` with the sealed values at `paths` opened (or ERASED once the key is destroyed);
 * every other sealed value stays ciphertext and untouched branches are shared. For a reader that
 * declared what it reads: nothing else is decrypted or copied.
 */
export function openSealedPaths(
  data: JsonObject,
  paths: readonly string[],
  key: DataKeyLookup,
  customerId: string,
): JsonObject {
  return paths.reduce(
    (current, path) =>
      replaceAt(current, path.split('.'), (value) => {
        if (!isEncryptedField(value)) return value;
        if (key === null) throw new DataKeyMissing(customerId);
        return key === 'destroyed' ? ERASED : decryptField(key, { customerId, path }, value);
      }),
    data,
  );
}
