import { join } from 'node:path';
import type { JsonValue } from '@ledger/event-store';
import { findCatalogDirectory } from './catalog-directory';
import { EVENT_TYPES } from './test/published-event-types';
import { CATALOG_DIR, catalog, catalogFiles, strictAjv } from './test/catalog-ajv';

const ENVELOPE_SCHEMAS = ['EventEnvelope', 'EventMetadata'];

function refsIn(value: JsonValue): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, member]) =>
    key === '$ref' && typeof member === 'string' ? [member] : refsIn(member),
  );
}

describe('the event catalog in docs/events', () => {
  it('has one schema per event type of the customer, campaign, product and opportunity streams and the access log, and nothing unknown', () => {
    expect(catalog.schemaNames().sort()).toEqual([...EVENT_TYPES, ...ENVELOPE_SCHEMAS].sort());
    expect([...catalogFiles().keys()].sort()).toEqual(
      [...EVENT_TYPES, ...ENVELOPE_SCHEMAS, 'common'].map((name) => `${name}.schema.json`).sort(),
    );
  });

  it('marks every file as draft-07, schema version 1, titled by its type', () => {
    for (const [file, schema] of catalogFiles()) {
      expect({ file, dialect: schema['$schema'], version: schema['x-schema-version'] }).toEqual({
        file,
        dialect: 'http://json-schema.org/draft-07/schema#',
        version: 1,
      });
      if (file !== 'common.schema.json') expect(`${String(schema['title'])}.schema.json`).toBe(file);
    }
  });

  it('compiles as the repo holds it, relative file $refs and all, under strict Ajv', () => {
    const ajv = strictAjv();
    const files = catalogFiles();
    for (const [file, schema] of files) ajv.addSchema(schema, file);
    for (const file of files.keys()) expect(() => ajv.getSchema(file)).not.toThrow();
  });

  it('serves every schema self-contained: only local $refs, each compiling on its own', () => {
    for (const name of catalog.schemaNames()) {
      const schema = catalog.schema(name);
      if (schema === undefined) throw new Error(name);
      for (const ref of refsIn(schema)) expect(ref).toMatch(/^#(\/definitions\/[A-Za-z]+)?$/);
      expect(() => strictAjv().compile(schema)).not.toThrow();
    }
    expect(catalog.schema('common')).toBeUndefined();
    expect(catalog.schema('constructor')).toBeUndefined();
  });

  it('is found by walking up from the sources (ts-jest) and from the build output (npm start)', () => {
    const root = join(CATALOG_DIR, '..', '..');
    expect(findCatalogDirectory(join(root, 'apps/api/src/event-catalog'))).toBe(CATALOG_DIR);
    expect(findCatalogDirectory(join(root, 'dist/apps/api/src/event-catalog'))).toBe(CATALOG_DIR);
    expect(() => findCatalogDirectory('/')).toThrow(/event catalog not found/);
  });
});
