import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { isCalendarDate } from '@ledger/domain';
import type { JsonObject } from '@ledger/event-store';
import { findCatalogDirectory } from '../catalog-directory';
import { EventCatalog } from '../event-catalog';

export const CATALOG_DIR = findCatalogDirectory(__dirname);
export const catalog = EventCatalog.load(CATALOG_DIR);

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ajv in strict mode, as a careful subscriber would run it. Union types (`["string", "null"]`) are
 * standard JSON Schema, so they are allowed; the formats are the three the catalog uses.
 */
export function strictAjv(): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
  ajv.addKeyword('x-schema-version');
  ajv.addFormat('date', isCalendarDate);
  ajv.addFormat('date-time', (text: string) => DATE_TIME.test(text) && !Number.isNaN(Date.parse(text)));
  ajv.addFormat('uuid', UUID);
  return ajv;
}

/** The catalog files as they lie in the repo, keyed by file name so their relative $refs resolve. */
export function catalogFiles(): Map<string, JsonObject> {
  const files = readdirSync(CATALOG_DIR).filter((file) => file.endsWith('.schema.json'));
  return new Map(
    files.map((file) => [file, JSON.parse(readFileSync(join(CATALOG_DIR, file), 'utf8')) as JsonObject]),
  );
}

const served = new Map<string, ValidateFunction>();

/** A validator for the schema served at /event-schemas/:name (self-contained), compiled once. */
export function servedValidator(name: string): ValidateFunction {
  let validate = served.get(name);
  if (validate === undefined) {
    const schema = catalog.schema(name);
    if (schema === undefined) throw new Error(`no schema named ${name}`);
    validate = strictAjv().compile(schema);
    served.set(name, validate);
  }
  return validate;
}

/** Ajv's errors as one readable line per problem, for failure messages. */
export function problems(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`)
    .join('\n');
}
