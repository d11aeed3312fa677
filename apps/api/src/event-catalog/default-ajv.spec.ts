import Ajv from 'ajv';
import { catalog, catalogFiles } from './test/catalog-ajv';

/**
 * What a subscriber gets with `new Ajv()` and nothing else tuned: default strict mode refuses
 * unknown keywords, so the one vendor keyword of the catalog, `x-schema-version` (README, metadata
 * and served schemas rely on the name), is declared as a keyword, as JSON Schema intends for `x-`
 * annotations. Formats are the subscriber's choice and are declared as known names only.
 */
function defaultAjv(): Ajv {
  const ajv = new Ajv();
  ajv.addKeyword('x-schema-version');
  for (const format of ['date', 'date-time', 'uuid']) ajv.addFormat(format, true);
  return ajv;
}

describe('the catalog under Ajv defaults', () => {
  it('compiles every file as the repo holds it', () => {
    const ajv = defaultAjv();
    const files = catalogFiles();
    for (const [file, schema] of files) ajv.addSchema(schema, file);
    for (const file of files.keys()) expect(() => ajv.getSchema(file)).not.toThrow();
  });

  it('compiles every schema as /event-schemas/:type serves it', () => {
    for (const name of catalog.schemaNames()) {
      expect(() => defaultAjv().compile(catalog.schema(name) as object)).not.toThrow();
    }
  });

  it('needs x-schema-version declared, and nothing else', () => {
    const ajv = new Ajv();
    for (const format of ['date', 'date-time', 'uuid']) ajv.addFormat(format, true);
    const schema = catalog.schema('ContactLogged') as object;
    expect(() => ajv.compile(schema)).toThrow(/x-schema-version/);
  });
});
