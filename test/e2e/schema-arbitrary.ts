import fc from 'fast-check';

/** The subset of JSON Schema the OpenAPI document's request bodies use. */
export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean;
}

export type Components = Record<string, Schema>;

export function resolve(schema: Schema, components: Components): Schema {
  // @nestjs/swagger wraps a described $ref in a one-element allOf.
  if (schema.allOf?.length === 1 && schema.allOf[0] !== undefined)
    return resolve(schema.allOf[0], components);
  if (schema.$ref === undefined) return schema;
  const target = components[schema.$ref.replace('#/components/schemas/', '')];
  if (target === undefined) throw new Error(`unresolved ${schema.$ref}`);
  return target;
}

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/);

function stringOf(schema: Schema): fc.Arbitrary<string> {
  const fits = (text: string) =>
    text.length >= (schema.minLength ?? 0) && text.length <= (schema.maxLength ?? Infinity);
  if (schema.format === 'uuid') return fc.uuid();
  // fast-check's RFC addresses include forms class-validator (validator.js) refuses; these are plain ones.
  if (schema.format === 'email') return fc.tuple(word, word).map(([user, host]) => `${user}@${host}.com`);
  if (schema.pattern !== undefined) return fc.stringMatching(new RegExp(schema.pattern)).filter(fits);
  return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 40) });
}

/** Bodies the schema admits. */
export function validValue(schema: Schema, components: Components): fc.Arbitrary<unknown> {
  const resolved = resolve(schema, components);
  if (resolved.enum !== undefined) return fc.constantFrom(...resolved.enum);
  switch (resolved.type) {
    case 'string':
      return stringOf(resolved);
    case 'integer':
      return fc.integer({ min: resolved.minimum ?? -1e6, max: resolved.maximum ?? 1e6 });
    case 'number':
      return fc.double({ min: resolved.minimum ?? -1e6, max: resolved.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(validValue(resolved.items ?? {}, components), {
        minLength: resolved.minItems ?? 0,
        maxLength: Math.min(resolved.maxItems ?? 5, 5),
      });
    case 'object': {
      const properties = resolved.properties ?? {};
      const model = Object.fromEntries(
        Object.entries(properties).map(([key, property]) => [key, validValue(property, components)]),
      );
      return fc.record(model, { requiredKeys: resolved.required ?? [] });
    }
    default:
      throw new Error(`no generator for ${JSON.stringify(resolved)}`);
  }
}

/** A value of the wrong type for the schema: the pipe can only refuse it. */
function wrongType(schema: Schema, components: Components): unknown {
  const resolved = resolve(schema, components);
  return resolved.type === 'string' || resolved.enum !== undefined ? 12345 : 'not-this-type';
}

/** Bodies the schema refuses, each by one rule the pipe enforces: unknown, missing, mistyped or too long. */
export function invalidValue(schema: Schema, components: Components): fc.Arbitrary<Record<string, unknown>> {
  const resolved = resolve(schema, components);
  const properties = Object.entries(resolved.properties ?? {});
  const base = validValue(resolved, components) as fc.Arbitrary<Record<string, unknown>>;
  const mutations: fc.Arbitrary<(body: Record<string, unknown>) => Record<string, unknown>>[] = [
    word.map((key) => (body) => ({ ...body, [`unknown_${key}`]: 1 })),
    fc.constantFrom(...properties).map(([key, property]) => (body) => ({
      ...body,
      [key]: wrongType(property, components),
    })),
  ];
  const required = resolved.required ?? [];
  if (required.length > 0) {
    mutations.push(
      fc.constantFrom(...required).map((key) => (body) => {
        const { [key]: _dropped, ...rest } = body;
        return rest;
      }),
    );
  }
  const bounded = properties.filter(([, property]) => resolve(property, components).maxLength !== undefined);
  if (bounded.length > 0) {
    mutations.push(
      fc.constantFrom(...bounded).map(([key, property]) => (body) => ({
        ...body,
        [key]: 'a'.repeat((resolve(property, components).maxLength ?? 0) + 1),
      })),
    );
  }
  return fc.tuple(base, fc.oneof(...mutations)).map(([body, mutate]) => mutate(body));
}
