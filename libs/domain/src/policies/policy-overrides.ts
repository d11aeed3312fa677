import { BRANCH_TARGET_TEMPLATE, branchTargetProblem } from './branch-targets.policy';
import { TIERS } from '../tiers';
import { isCalendarDate } from '../time';
import { CUSTOMER_RISK_LEVELS } from '../vocabulary';
import type { DomainPolicies } from './domain-policies';
import { WEEKDAYS } from './vip-gifts.policy';

/** A configured policy value the rules cannot work with; `field` is its path, e.g. `dormant.inactiveDays`. */
export class PolicyValueError extends Error {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'PolicyValueError';
  }
}

type Check = (value: number) => string | null;

const positiveInteger: Check = (v) =>
  Number.isSafeInteger(v) && v > 0 ? null : 'must be a positive integer';
const wholeNumber: Check = (v) =>
  Number.isSafeInteger(v) && v >= 0 ? null : 'must be a non-negative integer';
const finite: Check = (v) => (Number.isFinite(v) ? null : 'must be a finite number');
const fraction: Check = (v) =>
  Number.isFinite(v) && v >= 0 && v <= 1 ? null : 'must be a fraction from 0 to 1';
const quorum: Check = (v) => (Number.isSafeInteger(v) && v >= 2 ? null : 'must be an integer of at least 2');

/** Periods count at least one unit; growth rates are fractions; every other number is an amount or count. */
const CHECKS: Record<string, Check> = {
  everyDays: positiveInteger,
  inactiveDays: positiveInteger,
  windowMonths: positiveInteger,
  retentionYears: positiveInteger,
  responseWithinHours: positiveInteger,
  resolutionWithinHours: positiveInteger,
  growingFromMonths: positiveInteger,
  matureFromMonths: positiveInteger,
  seniorAfterMonths: positiveInteger,
  recencyMaxDays: positiveInteger,
  middleFrom: finite,
  topAbove: finite,
  minimumCommitteeMembers: quorum,
  rejectionsToClose: positiveInteger,
  reviewExpiresAfterDays: positiveInteger,
  everyEvents: positiveInteger,
  everySeconds: positiveInteger,
  revenueRate: fraction,
  targetsPerEvent: positiveInteger,
  assessmentValidMonths: positiveInteger,
  productTypesBelow: positiveInteger,
  inflowWithinDays: positiveInteger,
  withinDays: positiveInteger,
  productsClosed: positiveInteger,
  lowAfterDays: positiveInteger,
  inviteDaysBefore: positiveInteger,
  assetsDropFraction: fraction,
  abandonedAfterSeconds: positiveInteger,
  toCny: (v) => (Number.isFinite(v) && v > 0 ? null : 'must be a positive number'),
  recentContacts: positiveInteger,
  topContributionShare: fraction,
  abortAfterHours: positiveInteger,
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The seed policies with a configured set's overrides deep-merged onto them: objects merge, a
 * list is replaced whole. The shape of `base` is the schema; an unknown field or a value the rules
 * cannot use throws a PolicyValueError naming the field. The result keeps `base.version`: the
 * version is derived from the content by whoever loads it (hashing is not the domain's).
 */
export function withPolicyOverrides(base: DomainPolicies, overrides: unknown): DomainPolicies {
  if (!isRecord(overrides)) throw new PolicyValueError('(root)', 'must be a JSON object');
  if ('version' in overrides)
    throw new PolicyValueError('version', 'is derived from the content; do not set it');
  const merged = merge(base, overrides, '', '') as DomainPolicies;
  checkOrder(merged);
  return merged;
}

function merge(base: unknown, override: unknown, path: string, key: string): unknown {
  if (override === undefined) return base;
  if (Array.isArray(base)) return list(base, override, path, key);
  if (isRecord(base)) {
    if (!isRecord(override)) throw new PolicyValueError(path, 'must be an object');
    const merged: Record<string, unknown> = { ...base };
    for (const [name, value] of Object.entries(override)) {
      const at = path === '' ? name : `${path}.${name}`;
      if (!(name in base)) throw new PolicyValueError(at, 'is not a policy field');
      merged[name] = merge(base[name], value, at, name);
    }
    return merged;
  }
  return leaf(base, override, path, key);
}

/** The item shape of a list whose seed default is empty, by the list's path. */
const LIST_ITEMS: Record<string, unknown> = { 'branchTargets.targets': BRANCH_TARGET_TEMPLATE };

function list(base: readonly unknown[], override: unknown, path: string, key: string): unknown[] {
  if (!Array.isArray(override)) throw new PolicyValueError(path, 'must be a list');
  const first = base[0] ?? LIST_ITEMS[path];
  // A list of objects (cadence bands) may have any length; a list of numbers is a fixed scale.
  if (!isRecord(first) && override.length !== base.length)
    throw new PolicyValueError(path, `must have ${base.length} entries`);
  return override.map((value: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(first)) return leaf(base[i], value, at, key);
    if (!isRecord(value)) throw new PolicyValueError(at, 'must be an object');
    for (const name of Object.keys(first))
      if (!(name in value)) throw new PolicyValueError(`${at}.${name}`, 'is required');
    return merge(first, value, at, key);
  });
}

function leaf(base: unknown, value: unknown, path: string, key: string): unknown {
  if (typeof base === 'string') {
    if (typeof value !== 'string' || value.trim() === '')
      throw new PolicyValueError(path, 'must be a non-empty string');
    return value;
  }
  if (typeof value !== 'number') throw new PolicyValueError(path, 'must be a number');
  const reason = (CHECKS[key] ?? wholeNumber)(value);
  if (reason !== null) throw new PolicyValueError(path, reason);
  return value;
}

/** The relations between values that the predicates rely on. */
function checkOrder(p: DomainPolicies): void {
  p.contactCadence.bands.forEach((band, i) => {
    const before = p.contactCadence.bands[i - 1];
    if (before !== undefined && band.fromMinor >= before.fromMinor)
      throw new PolicyValueError(`contactCadence.bands[${i}].fromMinor`, 'must be below the band before it');
  });
  const { growingFromMonths, matureFromMonths, seniorAfterMonths } = p.lifecycle;
  if (matureFromMonths < growingFromMonths)
    throw new PolicyValueError('lifecycle.matureFromMonths', 'must not be below growingFromMonths');
  if (seniorAfterMonths < matureFromMonths)
    throw new PolicyValueError('lifecycle.seniorAfterMonths', 'must not be below matureFromMonths');
  if (!(CUSTOMER_RISK_LEVELS as readonly string[]).includes(p.suitability.nextBestProducts.minimumLevel))
    throw new PolicyValueError(
      'suitability.nextBestProducts.minimumLevel',
      `must be one of ${CUSTOMER_RISK_LEVELS.join(', ')}`,
    );
  if (p.retailTier.privateAboveMinor < p.retailTier.wealthFromMinor)
    throw new PolicyValueError('retailTier.privateAboveMinor', 'must not be below wealthFromMinor');
  p.advantage.tiers.forEach((tier, i) => {
    if (!(TIERS as readonly string[]).includes(tier))
      throw new PolicyValueError(`advantage.tiers[${i}]`, `must be one of ${TIERS.join(', ')}`);
  });
  p.holiday.holidays.forEach((holiday, i) => {
    if (!isCalendarDate(holiday.date))
      throw new PolicyValueError(`holiday.holidays[${i}].date`, 'must be a calendar date YYYY-MM-DD');
  });
  const currencies = p.currencyRates.rates.map((rate) => rate.currency);
  currencies.forEach((currency, i) => {
    if (!/^[A-Z]{3}$/.test(currency) || currencies.indexOf(currency) !== i)
      throw new PolicyValueError(`currencyRates.rates[${i}].currency`, 'must be a distinct ISO 4217 code');
  });
  if (rateOf(p, 'CNY') !== 1) throw new PolicyValueError('currencyRates.rates', 'must rate CNY at 1');
  if (!isCalendarDate(p.currencyRates.publishedOn))
    throw new PolicyValueError('currencyRates.publishedOn', 'must be a calendar date YYYY-MM-DD');
  if (!(WEEKDAYS as readonly string[]).includes(p.vipGifts.weekday))
    throw new PolicyValueError('vipGifts.weekday', `must be one of ${WEEKDAYS.join(', ')}`);
  p.vipGifts.tiers.forEach((tier, i) => {
    if (!(TIERS as readonly string[]).includes(tier))
      throw new PolicyValueError(`vipGifts.tiers[${i}]`, `must be one of ${TIERS.join(', ')}`);
  });
  const target = branchTargetProblem(p.branchTargets.targets);
  if (target !== null)
    throw new PolicyValueError(`branchTargets.targets[${target[0]}].${target[1]}`, target[2]);
}

function rateOf(p: DomainPolicies, currency: string): number | undefined {
  return p.currencyRates.rates.find((rate) => rate.currency === currency)?.toCny;
}

/** The policies as JSON with sorted keys and no version: equal content, equal text, whatever the file's order. */
export function canonicalPolicyJson(policies: DomainPolicies): string {
  const { version: _version, ...content } = policies;
  return JSON.stringify(sorted(content));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((name) => [name, sorted(value[name])]),
  );
}
