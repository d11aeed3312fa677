import {
  type Customer,
  RISK_LEVELS,
  type RiskLevel,
  type TargetView,
  targetViewOf as targetViewOfCustomer,
} from '@ledger/domain';
import type { Customer360View } from '../customer-360';

/**
 * Where the 360 view carries the customer's assessed risk level (C1–C5, RiskProfileAssessed): the
 * one place targeting names it. A customer never assessed matches no riskLevel term.
 */
export const RISK_LEVEL_PATH = ['riskAssessment', 'level'] as const;

/** The facts a target rule reads, from a presented 360 view and the customer state behind it. */
export function targetViewOf(view: Customer360View, customer: Customer): TargetView {
  return targetViewOfCustomer(customer, {
    lifecycle: view.lifecycle,
    dormant: view.dormant,
    riskLevel: riskLevelOf(view),
    miningFlags: view.flags.map((judgment) => judgment.flag),
  });
}

function riskLevelOf(view: Customer360View): RiskLevel | null {
  let value: unknown = view;
  for (const key of RISK_LEVEL_PATH)
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && (RISK_LEVELS as readonly string[]).includes(value)
    ? (value as RiskLevel)
    : null;
}
