import type { Filter } from '../read-store.port';

/**
 * A MongoDB filter as SQL over `(id text, doc jsonb)`, where it can be said exactly. Each condition
 * becomes its own jsonpath test (`doc @? '$.a.b ? (@ == "x")'`): in lax mode jsonpath looks inside
 * arrays at every step, as MongoDB does, and a GIN jsonb_path_ops index serves the equalities.
 * A condition with no exact translation ($ne, $nin, null, $elemMatch, $size, whole-object equality …)
 * becomes TRUE and `exact` false: the rows are then a superset, and the caller tests them with
 * mingo, so answers never differ from the embedded store's; only their cost does.
 */
export interface SqlFilter {
  where: string;
  exact: boolean;
}

type Scalar = string | number | boolean;

/** Builds the WHERE clause; values go into `params` ($1, $2 …), never into the SQL text. */
export function filterSql(filter: Filter, params: unknown[]): SqlFilter {
  const clauses: string[] = [];
  let exact = true;
  for (const [key, condition] of Object.entries(filter)) {
    const part = conditionSql(key, condition, params);
    if (part === null) exact = false;
    else {
      if (part.where !== 'TRUE') clauses.push(part.where);
      exact &&= part.exact;
    }
  }
  return { where: clauses.length === 0 ? 'TRUE' : clauses.join(' AND '), exact };
}

function conditionSql(key: string, condition: unknown, params: unknown[]): SqlFilter | null {
  if (key === '$and' && Array.isArray(condition)) {
    const parts = condition.map((sub) => filterSql(sub as Filter, params));
    return {
      where: parts.map((part) => `(${part.where})`).join(' AND ') || 'TRUE',
      exact: parts.every((p) => p.exact),
    };
  }
  if (key === '$or' && Array.isArray(condition) && condition.length > 0) {
    const mark = params.length;
    const parts = condition.map((sub) => filterSql(sub as Filter, params));
    // A branch that says TRUE makes the whole $or a non-filter: its values are taken back.
    if (parts.some((part) => part.where === 'TRUE')) {
      params.length = mark;
      return null;
    }
    return { where: parts.map((part) => `(${part.where})`).join(' OR '), exact: parts.every((p) => p.exact) };
  }
  if (key.startsWith('$')) return null;
  const path = jsonPath(key);
  if (path === null) return null;
  if (key === '_id') return idSql(condition, params);
  if (isScalar(condition))
    return { where: pathTest(path, `@ == ${literal(condition)}`, params), exact: true };
  if (!isOperatorObject(condition)) return null;
  const clauses: string[] = [];
  let exact = true;
  for (const [operator, operand] of Object.entries(condition)) {
    const clause = operatorSql(path, operator, operand, params);
    if (clause === null) exact = false;
    else clauses.push(clause);
  }
  return { where: clauses.length === 0 ? 'TRUE' : clauses.join(' AND '), exact };
}

const COMPARISONS: Record<string, string> = { $eq: '==', $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };

function operatorSql(path: string, operator: string, operand: unknown, params: unknown[]): string | null {
  const comparison = COMPARISONS[operator];
  if (comparison !== undefined && isScalar(operand) && typeof operand !== 'boolean') {
    return pathTest(path, `@ ${comparison} ${literal(operand)}`, params);
  }
  if (operator === '$eq' && typeof operand === 'boolean')
    return pathTest(path, `@ == ${literal(operand)}`, params);
  if (operator === '$in' && Array.isArray(operand) && operand.length > 0 && operand.every(isScalar)) {
    return pathTest(path, operand.map((value) => `@ == ${literal(value)}`).join(' || '), params);
  }
  if (operator === '$exists' && operand === true) {
    params.push(path);
    return `doc @? $${params.length}::jsonpath`;
  }
  return null;
}

/** `_id` is the primary key column: equality and $in use it; anything else is left to mingo. */
function idSql(condition: unknown, params: unknown[]): SqlFilter | null {
  if (typeof condition === 'string') {
    params.push(condition);
    return { where: `id = $${params.length}`, exact: true };
  }
  if (!isOperatorObject(condition)) return null;
  const clauses: string[] = [];
  let exact = true;
  for (const [operator, operand] of Object.entries(condition)) {
    if (operator === '$eq' && typeof operand === 'string') {
      params.push(operand);
      clauses.push(`id = $${params.length}`);
    } else if (
      operator === '$in' &&
      Array.isArray(operand) &&
      operand.every((id) => typeof id === 'string')
    ) {
      params.push(operand);
      clauses.push(`id = ANY($${params.length}::text[])`);
    } else exact = false;
  }
  return { where: clauses.length === 0 ? 'TRUE' : clauses.join(' AND '), exact };
}

function pathTest(path: string, predicate: string, params: unknown[]): string {
  params.push(`${path} ? (${predicate})`);
  return `doc @? $${params.length}::jsonpath`;
}

/**
 * `profile.city` → `$."profile"."city"`; null for a path with a numeric step (MongoDB reads `a.0`
 * as an array index, which jsonpath would not).
 */
export function jsonPath(field: string): string | null {
  const steps = field.split('.');
  if (steps.some((step) => step === '' || /^\d+$/.test(step) || step.startsWith('$'))) return null;
  return `$${steps.map((step) => `.${JSON.stringify(step)}`).join('')}`;
}

/** JSON literals are jsonpath literals (strings in double quotes with JSON's escapes, numbers). */
function literal(value: Scalar): string {
  return JSON.stringify(value);
}

function isScalar(value: unknown): value is Scalar {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

function isOperatorObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => key.startsWith('$'));
}
