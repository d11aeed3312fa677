import { assertNever } from '../assert-never';
import {
  RISK_LEVELS,
  type RiskLevel,
  type TargetRule,
  type TargetTerm,
  type TargetView,
} from './target-rule';

/**
 * Whether an active customer's view satisfies every term of the rule. Without marketing consent a
 * customer is never a target, whatever the rule says (PIPL art. 13–14; ADR 0024).
 */
export function matchesTargetRule(rule: TargetRule, view: TargetView): boolean {
  return (
    view.active && view.flags.includes('marketing-consent') && rule.all.every((term) => holds(term, view))
  );
}

function holds(term: TargetTerm, view: TargetView): boolean {
  switch (term.field) {
    case 'segment':
      return term.in.includes(view.segment);
    case 'tier':
      return term.in.includes(view.tier);
    case 'lifecycle':
      return term.in.includes(view.lifecycle);
    case 'occupation':
      return view.occupation !== null && term.in.includes(view.occupation.trim());
    case 'assets':
      return within(view.assetsMinor, term.min, term.max);
    case 'riskLevel':
      return view.riskLevel !== null && within(rank(view.riskLevel), rankOf(term.min), rankOf(term.max));
    case 'holdingTypes':
      return anyAndNone(view.holdingTypes, term.any, term.none);
    case 'flags':
      return anyAndNone(view.flags, term.any, term.none);
    default:
      return assertNever(term);
  }
}

function within(value: number, min: number | undefined, max: number | undefined): boolean {
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

function anyAndNone<V>(
  has: readonly V[],
  any: readonly V[] | undefined,
  none: readonly V[] | undefined,
): boolean {
  return (
    (any === undefined || any.some((value) => has.includes(value))) &&
    (none === undefined || !none.some((value) => has.includes(value)))
  );
}

const rank = (level: RiskLevel) => RISK_LEVELS.indexOf(level);
const rankOf = (level: RiskLevel | undefined) => (level === undefined ? undefined : rank(level));
