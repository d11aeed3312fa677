/**
 * Seed 001's micro-enterprise programme (现有微型企业客户维护再开发) sets a branch (支行) targets:
 * deposits +200,000,000, 5,000 bank cards issued, 7,000,000 a month of payroll (代发工资). The
 * figures, branches and periods are the bank's to set, so the seed set configures none; a policies
 * file lists them (`branchTargets.targets`), e.g.
 * `{ "branchId": "b1", "period": "2026-Q4", "depositsMinor": 20000000000, "cardsIssued": 5000, "payrollVolumeMinor": 700000000 }`.
 */
export type BranchTarget = {
  branchId: string;
  /** The KPI period the target is for, as GET /kpis labels it: '2026-11-24', '2026-11' or '2026-Q4'. */
  period: string;
  /** New deposit and time-deposit principal, in minor units of the policies' currency. */
  depositsMinor: number;
  /** Credit cards issued (the only card the ledger records a subscription for). */
  cardsIssued: number;
  /** Payroll volume: configured, but no event records payroll yet, so it has no actual. */
  payrollVolumeMinor: number;
};

export type BranchTargetsPolicy = { policyVersion: string; targets: readonly BranchTarget[] };

export const BRANCH_TARGETS_POLICY: BranchTargetsPolicy = {
  policyVersion: 'branch-targets/v1',
  targets: [],
};

/** The shape one configured target must have (the seed set's list is empty, so it cannot show it). */
export const BRANCH_TARGET_TEMPLATE: BranchTarget = {
  branchId: 'b1',
  period: '2026-Q4',
  depositsMinor: 0,
  cardsIssued: 0,
  payrollVolumeMinor: 0,
};

const PERIOD_LABEL = /^\d{4}-(\d{2}(-\d{2})?|Q[1-4])$/;

/** Why a configured target list cannot be used, as [index, field, reason], or null. */
export function branchTargetProblem(
  targets: readonly BranchTarget[],
): [index: number, field: keyof BranchTarget, reason: string] | null {
  const seen = new Set<string>();
  for (const [i, target] of targets.entries()) {
    if (!PERIOD_LABEL.test(target.period))
      return [i, 'period', 'must be like 2026-11-24, 2026-11 or 2026-Q4'];
    const key = `${target.branchId}\u0000${target.period}`;
    if (seen.has(key)) return [i, 'period', `repeats ${target.branchId}'s target for ${target.period}`];
    seen.add(key);
  }
  return null;
}

/** The target configured for a branch and period label, if any. */
export function branchTargetFor(
  policy: BranchTargetsPolicy,
  branchId: string,
  period: string,
): BranchTarget | undefined {
  return policy.targets.find((target) => target.branchId === branchId && target.period === period);
}
