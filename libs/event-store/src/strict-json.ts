import { InvalidAppend } from './errors';

const MAX_DEPTH = 64;

/** An object literal's shape from any realm (jest, vm, structuredClone), but no class instance or Date. */
function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || (Object.getPrototypeOf(proto) === null && !(Symbol.toStringTag in value));
}

function kindOf(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'object' || value === null) return typeof value;
  return (value as { constructor?: { name?: string } }).constructor?.name ?? 'object';
}

/**
 * Canonical JSON (the same text `canonicalJson` writes) of a value that arrived untyped, checked in the
 * same walk: only plain objects, arrays, strings, finite numbers, booleans and null. Anything JSON would
 * silently change or drop on the way to the database (BigInt, functions, NaN, Dates, cycles, holes)
 * is an InvalidAppend naming the path, because the stored event must hash the same after a round trip.
 */
export function strictCanonicalJson(value: unknown, path: string): string {
  const keys = new Set<string>();
  const objects = isPlainJson(value, keys, 0);
  // With every key of the tree, sorted, as the replacer's property list, JSON.stringify writes each
  // object's keys in sorted order at native speed. It looks up every listed key on every object, so
  // trees with many distinct keys take the walk below instead (so does an own '__proto__' key, which
  // every other object would otherwise answer with its prototype).
  const cheap = objects >= 0 && objects * keys.size <= 4096 && !keys.has('__proto__');
  if (cheap) return JSON.stringify(value, [...keys].sort());
  return write(value, path, new Set(), 0);
}

/** Checked as strictCanonicalJson checks, written in the value's own key order (for text nobody hashes). */
export function strictJson(value: unknown, path: string): string {
  return isPlainJson(value, new Set(), 0) >= 0 ? JSON.stringify(value) : write(value, path, new Set(), 0);
}

/** How many objects the tree holds, collecting their keys; -1 when anything in it is not plain JSON. */
function isPlainJson(value: unknown, keys: Set<string>, depth: number): number {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return 0;
  if (typeof value === 'number') return Number.isFinite(value) ? 0 : -1;
  // A cycle shows up as too deep; the slow walk then tells the two apart.
  if (typeof value !== 'object' || depth >= MAX_DEPTH) return -1;
  let objects = 0;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      const inside = item === undefined ? -1 : isPlainJson(item, keys, depth + 1);
      if (inside < 0) return -1;
      objects += inside;
    }
    return objects;
  }
  if (!isPlainObject(value)) return -1;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
    const member = record[key];
    if (member === undefined) continue;
    const inside = isPlainJson(member, keys, depth + 1);
    if (inside < 0) return -1;
    keys.add(key);
    objects += inside;
  }
  return objects + 1;
}

function write(value: unknown, path: string, ancestors: Set<object>, depth: number): string {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (Number.isFinite(value)) return JSON.stringify(value);
      throw new InvalidAppend(path, `${kindOf(value)} is not a JSON number`);
    case 'object':
      if (value === null) return 'null';
      return writeContainer(value, path, ancestors, depth);
    default:
      throw new InvalidAppend(path, `a ${kindOf(value)} is not JSON`);
  }
}

function writeContainer(value: object, path: string, ancestors: Set<object>, depth: number): string {
  if (ancestors.has(value)) throw new InvalidAppend(path, 'is a cyclic reference');
  if (depth >= MAX_DEPTH) throw new InvalidAppend(path, `nests deeper than ${MAX_DEPTH} levels`);
  ancestors.add(value);
  let text: string;
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      if (item === undefined) throw new InvalidAppend(`${path}[${index}]`, 'is undefined');
      items.push(write(item, `${path}[${index}]`, ancestors, depth + 1));
    }
    text = `[${items.join(',')}]`;
  } else {
    if (!isPlainObject(value)) throw new InvalidAppend(path, `a ${kindOf(value)} is not a plain JSON object`);
    const record = value as Record<string, unknown>;
    // Undefined members are left out, as canonicalJson and JSON.stringify both do.
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    const members = keys.map(
      (key) => `${JSON.stringify(key)}:${write(record[key], `${path}.${key}`, ancestors, depth + 1)}`,
    );
    text = `{${members.join(',')}}`;
  }
  ancestors.delete(value);
  return text;
}
