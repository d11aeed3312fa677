import type { Filter, ReadDocument } from '../read-store.port';

export type DocumentTest = (document: ReadDocument) => boolean;
type ValueTest = (value: unknown) => boolean;
type Primitive = string | number | boolean | null;

const FIELD_OPERATORS = new Set(['$eq', '$ne', '$lt', '$lte', '$gt', '$gte', '$in', '$elemMatch']);

/**
 * The filters the read-model queries write — equality, comparisons, $in, $elemMatch over
 * primitives, and $and / $or / $nor of those on top-level fields — as a plain function. mingo
 * interprets a filter anew for every document (about 0.6 µs each, 60 ms over 100,000 customers);
 * this tests the same thing, as mingo does, several times faster. Anything else — dotted paths,
 * other operators, object operands — is undefined here, and mingo tests it.
 */
export function compileFilter(filter: Filter): DocumentTest | undefined {
  const tests: DocumentTest[] = [];
  for (const [key, condition] of Object.entries(filter)) {
    const test = key.startsWith('$') ? logical(key, condition) : field(key, condition);
    if (test === undefined) return undefined;
    tests.push(test);
  }
  return allOf(tests);
}

/** A loop, not `every` with a callback: this runs once per document of a collection. */
function allOf<T>(tests: readonly ((value: T) => boolean)[]): (value: T) => boolean {
  if (tests.length === 1) return tests[0] as (value: T) => boolean;
  return (value) => {
    for (const test of tests) if (!test(value)) return false;
    return true;
  };
}

function anyOf<T>(tests: readonly ((value: T) => boolean)[]): (value: T) => boolean {
  return (value) => {
    for (const test of tests) if (test(value)) return true;
    return false;
  };
}

function logical(operator: string, operands: unknown): DocumentTest | undefined {
  if (!Array.isArray(operands) || operands.length === 0) return undefined;
  const tests: DocumentTest[] = [];
  for (const operand of operands) {
    if (!isPlainObject(operand)) return undefined;
    const test = compileFilter(operand as Filter);
    if (test === undefined) return undefined;
    tests.push(test);
  }
  if (operator === '$and') return allOf(tests);
  if (operator === '$or') return anyOf(tests);
  if (operator === '$nor') {
    const any = anyOf(tests);
    return (document) => !any(document);
  }
  return undefined;
}

function field(name: string, condition: unknown): DocumentTest | undefined {
  if (name.includes('.')) return undefined;
  let test: ValueTest | undefined;
  if (isPrimitive(condition)) test = equals(condition);
  else if (isPlainObject(condition)) test = operators(condition as Record<string, unknown>);
  if (test === undefined) return undefined;
  const valueTest = test;
  return (document) => valueTest(document[name]);
}

/** `{ $gte: a, $lte: b }`: every operator must hold, each on its own (over arrays, by any element). */
function operators(condition: Record<string, unknown>): ValueTest | undefined {
  const entries = Object.entries(condition);
  if (entries.length === 0 || entries.some(([operator]) => !FIELD_OPERATORS.has(operator))) return undefined;
  const tests: ValueTest[] = [];
  for (const [operator, operand] of entries) {
    const test = operatorTest(operator, operand);
    if (test === undefined) return undefined;
    tests.push(test);
  }
  return allOf(tests);
}

function operatorTest(operator: string, operand: unknown): ValueTest | undefined {
  if (operator === '$elemMatch') {
    if (!isPlainObject(operand)) return undefined;
    const element = elementOperators(operand as Record<string, unknown>);
    return element && ((value) => Array.isArray(value) && value.some(element));
  }
  if (operator === '$in') {
    if (!Array.isArray(operand) || !operand.every(isPrimitive)) return undefined;
    return anyOf(operand.map(equals));
  }
  if (!isPrimitive(operand)) return undefined;
  if (operator === '$eq') return equals(operand);
  if (operator === '$ne') {
    const test = equals(operand);
    return (value) => !test(value);
  }
  const compare = comparison(operator, operand);
  return compare && ((value) => (Array.isArray(value) ? value.some(compare) : compare(value)));
}

/** Inside $elemMatch on an array of primitives: the operators apply to one element, all of them. */
function elementOperators(condition: Record<string, unknown>): ValueTest | undefined {
  const tests: ValueTest[] = [];
  for (const [operator, operand] of Object.entries(condition)) {
    if (!isPrimitive(operand)) return undefined;
    const test = operator === '$eq' ? (value: unknown) => value === operand : comparison(operator, operand);
    if (test === undefined) return undefined;
    tests.push(test);
  }
  return tests.length === 0 ? undefined : allOf(tests);
}

/** Equality as MongoDB means it: the value itself, an element of an array, null for missing too. */
function equals(operand: Primitive): ValueTest {
  if (operand === null) {
    return (value) => value === null || value === undefined || (Array.isArray(value) && value.includes(null));
  }
  return (value) => value === operand || (Array.isArray(value) && value.includes(operand));
}

/** $lt … $gte compare values of the operand's own type only: a string is never less than a number. */
function comparison(operator: string, operand: Primitive): ValueTest | undefined {
  // Comparisons with null or booleans are rare and have edge rules: mingo keeps them.
  if (typeof operand !== 'string' && typeof operand !== 'number') return undefined;
  const type = typeof operand;
  switch (operator) {
    case '$lt':
      return (value) => typeof value === type && (value as Primitive & typeof operand) < operand;
    case '$lte':
      return (value) => typeof value === type && (value as Primitive & typeof operand) <= operand;
    case '$gt':
      return (value) => typeof value === type && (value as Primitive & typeof operand) > operand;
    case '$gte':
      return (value) => typeof value === type && (value as Primitive & typeof operand) >= operand;
    default:
      return undefined;
  }
}

function isPrimitive(value: unknown): value is Primitive {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || Number.isFinite(value);
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
