import {
  LIFECYCLE_STAGES,
  RISK_LEVELS,
  type RiskLevel,
  SEGMENTS,
  TARGET_FLAGS,
  type TargetField,
  type TargetRule,
  type TargetTerm,
} from './target-rule';
import { TargetRuleError } from './target-rule.error';
import { optional as defined } from '../json';
import { TIERS } from '../tiers';
import { PRODUCT_TYPES } from '../vocabulary';

/** Bounds that keep a rule small enough to store in one event and judge per customer quickly. */
const MAX_TERMS = 50;
const MAX_VALUES = 100;
const MAX_TEXT = 100;

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Each field's keys besides `field`; a term needs at least one of them. */
const SHAPES: Record<TargetField, { keys: readonly string[] }> = {
  segment: { keys: ['in'] },
  tier: { keys: ['in'] },
  assets: { keys: ['min', 'max'] },
  holdingTypes: { keys: ['any', 'none'] },
  riskLevel: { keys: ['min', 'max'] },
  occupation: { keys: ['in'] },
  lifecycle: { keys: ['in'] },
  flags: { keys: ['any', 'none'] },
};
/** Every field a term may name, in the order the README documents them. */
export const TARGET_FIELDS = Object.keys(SHAPES) as TargetField[];
const FIELDS = TARGET_FIELDS;

/**
 * The rule language's validation: returns the rule as a typed value, or throws a TargetRuleError
 * naming the first bad term by its path (`targetRule.all[2].field: unknown field "colour"`).
 */
export function parseTargetRule(input: unknown, path = 'targetRule'): TargetRule {
  if (!isRecord(input)) throw new TargetRuleError(path, 'must be an object like { "all": [ … ] }');
  for (const key of Object.keys(input))
    if (key !== 'all') throw new TargetRuleError(`${path}.${key}`, 'unknown key (a rule has only "all")');
  const terms = input['all'];
  if (!Array.isArray(terms)) throw new TargetRuleError(`${path}.all`, 'must be a list of terms');
  if (terms.length > MAX_TERMS) throw new TargetRuleError(`${path}.all`, `at most ${MAX_TERMS} terms`);
  return { all: terms.map((term, index) => parseTerm(term, `${path}.all[${index}]`)) };
}

function parseTerm(input: unknown, path: string): TargetTerm {
  if (!isRecord(input)) throw new TargetRuleError(path, 'must be an object like { "field": …, … }');
  const field = input['field'];
  if (typeof field !== 'string' || !(FIELDS as string[]).includes(field))
    throw new TargetRuleError(
      `${path}.field`,
      `unknown field ${JSON.stringify(field)} (one of ${FIELDS.join(', ')})`,
    );
  const { keys } = SHAPES[field as TargetField];
  for (const key of Object.keys(input))
    if (key !== 'field' && !keys.includes(key))
      throw new TargetRuleError(`${path}.${key}`, `unknown key for "${field}" (${keys.join(', ')})`);
  if (!keys.some((key) => input[key] !== undefined))
    throw new TargetRuleError(path, `"${field}" needs ${keys.map((key) => `"${key}"`).join(' or ')}`);
  return termOf(field as TargetField, input, path);
}

function termOf(field: TargetField, input: Raw, path: string): TargetTerm {
  switch (field) {
    case 'segment':
      return { field, in: oneOf(input['in'], SEGMENTS, `${path}.in`) };
    case 'tier':
      return { field, in: oneOf(input['in'], TIERS, `${path}.in`) };
    case 'lifecycle':
      return { field, in: oneOf(input['in'], LIFECYCLE_STAGES, `${path}.in`) };
    case 'occupation':
      return { field, in: texts(input['in'], `${path}.in`) };
    case 'holdingTypes':
      return sets(field, input, PRODUCT_TYPES, path);
    case 'flags':
      return sets(field, input, TARGET_FLAGS, path);
    case 'assets': {
      const min = amount(input['min'], `${path}.min`);
      const max = amount(input['max'], `${path}.max`);
      if (min !== undefined && max !== undefined && min > max)
        throw new TargetRuleError(`${path}.max`, 'must not be below min');
      return { field, ...defined('min', min), ...defined('max', max) };
    }
    case 'riskLevel': {
      const min = level(input['min'], `${path}.min`);
      const max = level(input['max'], `${path}.max`);
      if (min !== undefined && max !== undefined && RISK_LEVELS.indexOf(min) > RISK_LEVELS.indexOf(max))
        throw new TargetRuleError(`${path}.max`, 'must not be below min');
      return { field, ...defined('min', min), ...defined('max', max) };
    }
  }
}

function sets<F extends 'holdingTypes' | 'flags', V extends string>(
  field: F,
  input: Raw,
  allowed: readonly V[],
  path: string,
): { field: F; any?: V[]; none?: V[] } {
  const any = input['any'] === undefined ? undefined : oneOf(input['any'], allowed, `${path}.any`);
  const none = input['none'] === undefined ? undefined : oneOf(input['none'], allowed, `${path}.none`);
  return { field, ...defined('any', any), ...defined('none', none) };
}

function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value) || value.length === 0)
    throw new TargetRuleError(path, 'must be a non-empty list');
  if (value.length > MAX_VALUES) throw new TargetRuleError(path, `at most ${MAX_VALUES} values`);
  return value;
}

function oneOf<V extends string>(value: unknown, allowed: readonly V[], path: string): V[] {
  return list(value, path).map((entry, index) => {
    if (typeof entry !== 'string' || !(allowed as readonly string[]).includes(entry))
      throw new TargetRuleError(
        `${path}[${index}]`,
        `unknown value ${JSON.stringify(entry)} (one of ${allowed.join(', ')})`,
      );
    return entry as V;
  });
}

function texts(value: unknown, path: string): string[] {
  return list(value, path).map((entry, index) => {
    if (typeof entry !== 'string' || entry.trim() === '' || entry.length > MAX_TEXT)
      throw new TargetRuleError(`${path}[${index}]`, `must be a text of 1-${MAX_TEXT} characters`);
    return entry.trim();
  });
}

function amount(value: unknown, path: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    throw new TargetRuleError(path, 'must be a whole, non-negative amount in minor units (fen)');
  return value;
}

function level(value: unknown, path: string): RiskLevel | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(RISK_LEVELS as readonly string[]).includes(value))
    throw new TargetRuleError(
      path,
      `unknown risk level ${JSON.stringify(value)} (${RISK_LEVELS.join(', ')})`,
    );
  return value as RiskLevel;
}
