import type { JsonObject, JsonValue } from '@ledger/event-store';
import type { ReadDocument } from '@ledger/read-store';
import { DataKeyMissing } from '../errors';
import type { DataKey, DataKeyLookup } from '../keys/key-store.port';
import { ERASED } from '../codec/erased';
import { decryptField, type EncryptedField, encryptField, isEncryptedField } from '../codec/field-cipher';

/**
 * Where a document keeps its sealed fields: one envelope (the events' format) over all of them,
 * since a cipher per field costs more than the rest of the write, and beside it, in the clear,
 * the paths it restores (field names, not personal data).
 */
/** Not `$`-prefixed: MongoDB restricts such field names in replacements and upserts. */
export const SEALED = 'sealedPersonalData';
export type SealedFields = { paths: string[]; envelope: EncryptedField };

/**
 * The envelope's AAD path: no event field can have it, so an envelope cannot be moved between a
 * document and an event. Its synthetic IV's "event" is a constant, so unchanged values re-seal to
 * the same bytes on every write (equality shows only within one customer's key).
 */
const CONTEXT = { eventId: 'read-model', path: '$read-model' };

type Json = JsonObject;

function valueAt(document: Json, path: string): JsonValue | undefined {
  let current: JsonValue | undefined = document;
  for (const name of path.split('.')) {
    current = isObject(current) ? current[name] : undefined;
  }
  return current;
}

function isObject(value: JsonValue | undefined): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Paths holding a value worth sealing: not empty, not null, not the erasure marker. */
export function sealablePaths(document: ReadDocument, paths: readonly string[]): string[] {
  return paths.filter((path) => {
    const value = valueAt(document as Json, path);
    return value !== undefined && value !== null && value !== '' && value !== ERASED;
  });
}

/** A copy of `document` with the values at `paths` moved into one envelope (or set to ERASED). */
export function sealDocument<T extends ReadDocument>(
  document: T,
  paths: readonly string[],
  key: DataKey | 'destroyed',
): T {
  if (paths.length === 0) return document;
  if (key === 'destroyed')
    return withValues(
      document,
      paths.map((path) => [path, ERASED] as const),
    );
  const values: Json = {};
  for (const path of paths) values[path] = valueAt(document as Json, path) ?? null;
  const envelope = encryptField(key, { customerId: document._id, ...CONTEXT }, values);
  const sealed: SealedFields = { paths: [...paths], envelope };
  return withValues(document, [
    ...paths.map((path) => [path, undefined] as const),
    [SEALED, sealed as unknown as JsonValue],
  ]);
}

export function isSealed(document: ReadDocument): boolean {
  const sealed = document[SEALED] as { envelope?: JsonValue } | undefined;
  return sealed !== undefined && isEncryptedField(sealed.envelope);
}

/** The document with its sealed values back in place, or ERASED once the key is destroyed. */
export function openDocument<T extends ReadDocument>(document: T, key: DataKeyLookup): T {
  const sealed = document[SEALED] as SealedFields;
  if (key === null) throw new DataKeyMissing(document._id);
  const values =
    key === 'destroyed'
      ? Object.fromEntries(sealed.paths.map((path) => [path, ERASED]))
      : (decryptField(key, { customerId: document._id, path: CONTEXT.path }, sealed.envelope) as Json);
  return withValues(document, [[SEALED, undefined], ...Object.entries(values)]);
}

/**
 * A copy with the value at each dotted path replaced (undefined removes it): each object on the
 * paths is copied once, whatever the number of paths through it; branches off the paths are shared.
 */
function withValues<T extends ReadDocument>(
  document: T,
  values: readonly (readonly [string, JsonValue | undefined])[],
): T {
  const replace = (object: Json, entries: readonly (readonly [string[], JsonValue | undefined])[]): Json => {
    const here = new Map<string, JsonValue | undefined>();
    const nested = new Map<string, [string[], JsonValue | undefined][]>();
    for (const [[name, ...rest], value] of entries) {
      if (name === undefined) continue;
      if (rest.length === 0) here.set(name, value);
      else nested.set(name, [...(nested.get(name) ?? []), [rest, value]]);
    }
    // Built afresh, never `delete`d from: a deleted key drops V8 into slow dictionary objects.
    const copy: Json = {};
    for (const name in object) {
      const value = here.has(name) ? here.get(name) : object[name];
      const inner = nested.get(name);
      if (value === undefined) continue;
      copy[name] = inner !== undefined && isObject(value) ? replace(value, inner) : value;
    }
    for (const [name, value] of here) if (value !== undefined && !(name in object)) copy[name] = value;
    return copy;
  };
  return replace(
    document as Json,
    values.map(([path, value]) => [path.split('.'), value] as const),
  ) as T;
}
