/** A value an equality index can key on (Map keys compare them the way MongoDB equality does). */
export type IndexKey = string | number | boolean | null;

/** The path crosses an array or ends on an object: only mingo can say what an equality on it matches. */
export const UNKEYED = Symbol('unkeyed');

/** The value at a dotted path, with MongoDB's "missing equals null", or UNKEYED when it is not a scalar. */
export function keyAt(document: unknown, path: readonly string[]): IndexKey | typeof UNKEYED {
  let value: unknown = document;
  for (const segment of path) {
    if (Array.isArray(value)) return UNKEYED;
    if (value === null || typeof value !== 'object') return null;
    value = (value as Record<string, unknown>)[segment];
  }
  if (value === undefined || value === null) return null;
  if (typeof value === 'object') return UNKEYED;
  return value as IndexKey;
}

/**
 * The keys an equality index files a document under: the scalar at the path, or — for a top-level
 * array of scalars, as MongoDB's multikey indexes do — each distinct element, since an equality
 * matches an array that contains the value. UNKEYED where only mingo can tell.
 */
export function keysAt(document: unknown, path: readonly string[]): readonly IndexKey[] | typeof UNKEYED {
  const [field] = path;
  const value =
    path.length === 1 && field !== undefined && document !== null && typeof document === 'object'
      ? (document as Record<string, unknown>)[field]
      : undefined;
  if (Array.isArray(value)) return value.every(isIndexKey) ? [...new Set(value)] : UNKEYED;
  const key = keyAt(document, path);
  return key === UNKEYED ? UNKEYED : [key];
}

export function isIndexKey(value: unknown): value is IndexKey {
  return (
    value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
  );
}

/**
 * The values an equality condition on one field allows — `v`, `{ $eq: v }`, `{ $in: [...] }` with
 * scalar values (other operators beside them only narrow further) — or undefined when it is not one.
 */
export function equalityValues(condition: unknown): IndexKey[] | undefined {
  if (condition === undefined) return undefined;
  if (isIndexKey(condition)) return [condition];
  if (typeof condition !== 'object' || Array.isArray(condition) || condition instanceof RegExp)
    return undefined;
  const operators = condition as Record<string, unknown>;
  if (!Object.keys(operators).every((key) => key.startsWith('$'))) return undefined;
  if ('$eq' in operators && isIndexKey(operators.$eq)) return [operators.$eq];
  const values = operators.$in;
  if (Array.isArray(values) && values.every(isIndexKey)) return values;
  return undefined;
}

/** The values of a condition that is nothing but an equality (`v`, `{ $eq: v }`, `{ $in: [...] }`). */
export function onlyEquality(condition: unknown): IndexKey[] | undefined {
  const plain =
    isIndexKey(condition) || (typeof condition === 'object' && Object.keys(condition).length === 1);
  return plain ? equalityValues(condition) : undefined;
}
