import { CUSTOMER_EVENT_TYPES } from '@ledger/domain';
import type { JsonObject } from '@ledger/event-store';
import { catalog } from './test/catalog-ajv';
import { DATA_FIELDS } from './test/data-fields';

describe('event schemas mirror the TypeScript event types', () => {
  it.each(CUSTOMER_EVENT_TYPES)('%s: same required fields, same optional fields', (type) => {
    const schema = catalog.schema(type) ?? {};
    const { required, optional } = DATA_FIELDS[type];
    expect([...((schema['required'] ?? []) as string[])].sort()).toEqual([...required].sort());
    expect(Object.keys((schema['properties'] ?? {}) as JsonObject).sort()).toEqual(
      [...required, ...optional].sort(),
    );
    expect(schema['additionalProperties']).toBe(false);
  });
});
