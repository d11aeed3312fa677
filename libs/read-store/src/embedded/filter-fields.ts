import type { Filter, Sort } from '../read-store.port';

// Operators whose operand is a list of filters over the same document.
const LOGICAL = new Set(['$and', '$or', '$nor']);

/**
 * The top-level fields a filter and a sort read ('maturityWindows.from' reads maturityWindows), or
 * null when the filter uses an operator that may read anything ($expr, $where, $text…). The embedded
 * store answers from its in-memory keys when it holds every one of these fields.
 */
export function fieldsRead(filter: Filter, sort?: Sort): Set<string> | null {
  const fields = new Set<string>();
  if (!collect(filter, fields)) return null;
  for (const key of Object.keys(sort ?? {})) fields.add(rootOf(key));
  return fields;
}

function collect(filter: unknown, fields: Set<string>): boolean {
  if (filter === null || typeof filter !== 'object' || Array.isArray(filter)) return false;
  for (const [key, condition] of Object.entries(filter)) {
    if (!key.startsWith('$')) {
      // Operators inside a field's condition ($elemMatch included) read only that field.
      fields.add(rootOf(key));
      continue;
    }
    if (!LOGICAL.has(key) || !Array.isArray(condition)) return false;
    for (const clause of condition) if (!collect(clause, fields)) return false;
  }
  return true;
}

function rootOf(path: string): string {
  const dot = path.indexOf('.');
  return dot < 0 ? path : path.slice(0, dot);
}
