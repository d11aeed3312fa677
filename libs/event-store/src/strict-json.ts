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

/** Marks a tree the fast path cannot copy faithfully; the careful walk then writes it or names the fault. */
const SLOW = Symbol('slow');

/**
 * Canonical JSON (the same text `canonicalJson` writes) of a value that arrived untyped, checked in the
 * same walk: only plain objects, arrays, strings, finite numbers, booleans and null. Anything JSON would
 * silently change or drop on the way to the database (BigInt, functions, NaN, Dates, cycles, holes)
 * is an InvalidAppend naming the path, because the stored event must hash the same after a round trip.
 */
export function strictCanonicalJson(value: unknown, path: string): string {
  const copy = sortedCopy(value, 0);
  return copy === SLOW ? write(value, path, new Set(), 0) : JSON.stringify(copy);
}

/** Checked as strictCanonicalJson checks, written in the value's own key order (for text nobody hashes). */
export function strictJson(value: unknown, path: string): string {
  return isPlainJson(value, 0) ? JSON.stringify(value) : write(value, path, new Set(), 0);
}

/**
 * A copy of a plain JSON tree whose objects hold their keys in sorted order, so that JSON.stringify,
 * which writes keys in insertion order, writes canonical JSON at native speed. SLOW for anything not
 * plain JSON, and for keys whose order or presence an object would not keep: array indices (listed
 * first, in numeric order) and '__proto__' (assigning it sets the prototype).
 */
function sortedCopy(value: unknown, depth: number): unknown {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : SLOW;
  // A cycle shows up as too deep; the careful walk then tells the two apart.
  if (typeof value !== 'object' || depth >= MAX_DEPTH) return SLOW;
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      const copy = item === undefined ? SLOW : sortedCopy(item, depth + 1);
      if (copy === SLOW) return SLOW;
      items.push(copy);
    }
    return items;
  }
  if (!isPlainObject(value)) return SLOW;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  const sorted: Record<string, unknown> = {};
  for (const key of keys) {
    const first = key.charCodeAt(0);
    if ((first >= 48 && first <= 57) || key === '__proto__') return SLOW;
    const member = record[key];
    if (member === undefined) continue;
    const copy = sortedCopy(member, depth + 1);
    if (copy === SLOW) return SLOW;
    sorted[key] = copy;
  }
  return sorted;
}

/** Whether JSON.stringify would write the tree faithfully: nothing in it is dropped or changed. */
function isPlainJson(value: unknown, depth: number): boolean {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || depth >= MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      if (item === undefined || !isPlainJson(item, depth + 1)) return false;
    }
    return true;
  }
  if (!isPlainObject(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
    const member = record[key];
    if (member !== undefined && !isPlainJson(member, depth + 1)) return false;
  }
  return true;
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
