import type { Customer } from '../state/customer-state';
import { toMs } from '../time';
import { advantageWindows } from './advantage.policy';
import type { DomainPolicies } from './domain-policies';
import { flightRiskWindows } from './flight-risk.policy';
import { type FlagJudgment, type FlagWindow, MINING_FLAGS, windowHolds } from './mining-flag';
import { potentialWindows } from './potential.policy';
import { sleepingWindows } from './sleeping.policy';

/** The policies the flags are judged by. */
export type MiningFlagPolicies = Pick<
  DomainPolicies,
  'potential' | 'advantage' | 'sleeping' | 'flightRisk' | 'serviceSla'
>;

/**
 * Every window in which a flag's rule holds, judged from the state alone (no clock). A flag is
 * profiling (PIPL art. 24): none without the customer's profiling consent (ADR 0026).
 */
export function flagWindows(customer: Customer, policies: MiningFlagPolicies): FlagWindow[] {
  // Documents folded before consent per purpose existed have no profiling field: no consent.
  if (customer.consent.profiling !== true) return [];
  return [
    ...potentialWindows(customer, policies.potential),
    ...advantageWindows(customer, policies.advantage),
    ...sleepingWindows(customer, policies.sleeping),
    ...flightRiskWindows(customer, policies.flightRisk, policies.serviceSla),
  ];
}

/**
 * The flags at `now`, one per flag in MINING_FLAGS order: of the rules holding, the one holding
 * longest names the flag's rule and since.
 */
export function flagsAt(customer: Customer, now: string, policies: MiningFlagPolicies): FlagJudgment[] {
  return judgeWindows(flagWindows(customer, policies), now);
}

export function judgeWindows(windows: readonly FlagWindow[], now: string): FlagJudgment[] {
  const judgments: FlagJudgment[] = [];
  for (const flag of MINING_FLAGS) {
    const holding = windows
      .filter((window) => window.flag === flag && windowHolds(window, now))
      .sort((a, b) => toMs(a.from) - toMs(b.from));
    const first = holding[0];
    if (first !== undefined)
      judgments.push({ flag, since: first.from, rule: first.rule, inputs: first.inputs });
  }
  return judgments;
}
