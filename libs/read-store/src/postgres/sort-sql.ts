import type { Sort } from '../read-store.port';

/**
 * MongoDB's order as SQL: missing and null first, then numbers by value, strings by code point,
 * objects, arrays, booleans; `id` last so pages never overlap. (An array field sorts by its type
 * here, where MongoDB would sort it by its least or greatest element: no read model sorts on one.)
 */
export function orderBySql(sort: Sort | undefined, params: unknown[]): string {
  const keys = Object.entries(sort ?? {});
  const terms = keys.flatMap(([field, direction]) => {
    let value = 'to_jsonb(id)';
    if (field !== '_id') {
      params.push(field.split('.'));
      value = `(doc #> $${params.length}::text[])`;
    }
    const order = direction === -1 ? 'DESC' : 'ASC';
    const nulls = direction === -1 ? 'NULLS LAST' : 'NULLS FIRST';
    return [
      `CASE jsonb_typeof(${value}) WHEN 'number' THEN 1 WHEN 'string' THEN 2 WHEN 'object' THEN 3 WHEN 'array' THEN 4 WHEN 'boolean' THEN 5 ELSE 0 END ${order}`,
      `CASE WHEN jsonb_typeof(${value}) = 'number' THEN (${value})::numeric END ${order} ${nulls}`,
      `CASE WHEN jsonb_typeof(${value}) = 'string' THEN ${value} #>> '{}' END COLLATE "C" ${order} ${nulls}`,
      `CASE WHEN jsonb_typeof(${value}) = 'boolean' THEN (${value})::boolean END ${order} ${nulls}`,
    ];
  });
  const byId = keys.some(([field]) => field === '_id') ? [] : ['id COLLATE "C" ASC'];
  return [...terms, ...byId].join(', ');
}
