import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { TARGET_FIELDS } from '@ledger/domain';

type Keywords = Partial<SchemaObject>;
type DtoClass = new (...args: never[]) => unknown;

/**
 * class-validator rule → the JSON Schema keywords that say the same thing. A rule missing here makes
 * `applyValidationRules` throw, so a new decorator cannot silently leave the document looser than the pipe.
 */
const RULES: Record<string, (constraints: unknown[]) => Keywords> = {
  isString: () => ({ type: 'string' }),
  isInt: () => ({ type: 'integer' }),
  isNumber: () => ({ type: 'number' }),
  isBoolean: () => ({ type: 'boolean' }),
  isArray: () => ({ type: 'array' }),
  isObject: () => ({ type: 'object' }),
  isIn: ([values]) => ({ enum: [...(values as unknown[])] }),
  isUuid: () => ({ type: 'string', format: 'uuid' }),
  isEmail: () => ({ type: 'string', format: 'email' }),
  // Not format date-time: the pipe also admits a bare date. The pattern is the forms clients should send.
  isIso8601: () => ({ type: 'string', pattern: ISO_8601 }),
  matches: ([pattern]) => ({ type: 'string', pattern: (pattern as RegExp).source }),
  isLength: ([min, max]) => ({
    type: 'string',
    minLength: min as number,
    ...(max === undefined ? {} : { maxLength: max as number }),
  }),
  minLength: ([min]) => ({ minLength: min as number }),
  maxLength: ([max]) => ({ maxLength: max as number }),
  min: ([min]) => ({ minimum: min as number }),
  max: ([max]) => ({ maximum: max as number }),
  arrayMaxSize: ([max]) => ({ type: 'array', maxItems: max as number }),
  arrayMinSize: ([min]) => ({ type: 'array', minItems: min as number }),
  arrayNotEmpty: () => ({ type: 'array', minItems: 1 }),
  // The rule language's outline; parseTargetRule (README "Campaign target rules") checks each term.
  isTargetRule: () => ({
    type: 'object',
    required: ['all'],
    additionalProperties: false,
    properties: {
      all: {
        type: 'array',
        maxItems: 50,
        items: {
          type: 'object',
          required: ['field'],
          // Each field has its own keys (in, min, max, any, none).
          additionalProperties: true,
          properties: { field: { enum: [...TARGET_FIELDS] } },
        },
      },
    },
  }),
};

/** Rules that constrain presence or nesting, which @nestjs/swagger already states (required, $ref). */
const STATED_BY_SWAGGER = new Set(['conditionalValidation', 'isDefined', 'nestedValidation', 'whitelist']);

// Calendar dates of years 1000-9999 only (Feb 29 in leap years), so every string the pattern admits the strict pipe admits too.
const DAY = '(0[1-9]|1\\d|2[0-8])';
const MONTH_DAY = `((0[13578]|1[02])-(${DAY}|29|30|31)|(0[469]|11)-(${DAY}|29|30)|02-${DAY})`;
const LEAP_DAY = '([1-9]\\d(0[48]|[2468][048]|[13579][26])|([2468][048]|[13579][26])00)-02-29';
const DATE = `([1-9]\\d{3}-${MONTH_DAY}|${LEAP_DAY})`;
const TIME = 'T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?(Z|[+-]([01]\\d|2[0-3])(:?[0-5]\\d)?)';
const ISO_8601 = `^${DATE}(${TIME})?$`;

/** Every class class-validator holds rules for, by name (the name @nestjs/swagger gives its schema). */
function validatedClasses(): Map<string, DtoClass> {
  const byTarget = (getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, unknown> })
    .validationMetadatas;
  const classes = new Map<string, DtoClass>();
  for (const target of byTarget.keys())
    if (typeof target === 'function') classes.set((target as DtoClass).name, target as DtoClass);
  return classes;
}

function keywordsOf(rule: ValidationMetadata): Keywords {
  const name = rule.type === 'customValidation' ? (rule.name ?? '') : rule.type;
  if (STATED_BY_SWAGGER.has(rule.type)) return {};
  const translate = RULES[name];
  if (translate === undefined) throw new Error(`no JSON Schema for class-validator rule "${name}"`);
  return translate(rule.constraints ?? []);
}

function applyTo(property: SchemaObject, keywords: Keywords, each: boolean): void {
  if (!each) {
    Object.assign(property, keywords);
    return;
  }
  // { each: true } validates the items, not the array.
  const items = (property.items ?? {}) as SchemaObject;
  property.items = Object.assign(items, keywords);
}

/** Writes every class-validator rule of every DTO into its component schema, in place. */
export function applyValidationRules(schemas: Record<string, SchemaObject>): void {
  const classes = validatedClasses();
  for (const [name, schema] of Object.entries(schemas)) {
    const dto = classes.get(name);
    if (dto === undefined) continue;
    // forbidNonWhitelisted: the pipe refuses unknown fields, so the schema does too.
    schema.additionalProperties = false;
    const rules = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
    for (const rule of rules) {
      const property = schema.properties?.[rule.propertyName] as SchemaObject | undefined;
      if (property === undefined)
        throw new Error(`${name}.${rule.propertyName} is validated but not documented`);
      const keywords = keywordsOf(rule);
      // A $ref property (nested DTO) carries its rules in its own schema.
      if (Object.keys(keywords).length > 0 && !('$ref' in property)) applyTo(property, keywords, rule.each);
    }
  }
}
