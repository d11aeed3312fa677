import { branchTargetFor } from './branch-targets.policy';
import { DEFAULT_POLICIES } from './domain-policies';
import { PolicyValueError, withPolicyOverrides } from './policy-overrides';

const target = {
  branchId: 'branch-sh-pudong',
  period: '2026-Q4',
  depositsMinor: 200_000_000_00,
  cardsIssued: 5000,
  payrollVolumeMinor: 7_000_000_00,
};

function refusal(targets: unknown): string {
  try {
    withPolicyOverrides(DEFAULT_POLICIES, { branchTargets: { targets } });
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyValueError);
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('branch targets policy', () => {
  it('configures none in the seed set: the figures are the bank’s to set', () => {
    expect(DEFAULT_POLICIES.branchTargets.targets).toEqual([]);
    expect(branchTargetFor(DEFAULT_POLICIES.branchTargets, 'b1', '2026-Q4')).toBeUndefined();
  });

  it('takes a configured list and finds a branch’s target by period label', () => {
    const policies = withPolicyOverrides(DEFAULT_POLICIES, {
      branchTargets: { targets: [target, { ...target, period: '2026-11' }] },
    });
    expect(branchTargetFor(policies.branchTargets, 'branch-sh-pudong', '2026-Q4')).toEqual(target);
    expect(branchTargetFor(policies.branchTargets, 'branch-sh-pudong', '2026-11')?.period).toBe('2026-11');
    expect(branchTargetFor(policies.branchTargets, 'branch-sh-pudong', '2026-12')).toBeUndefined();
  });

  it.each([
    [
      [{ ...target, period: 'Q4' }],
      'branchTargets.targets[0].period: must be like 2026-11-24, 2026-11 or 2026-Q4',
    ],
    [[target, target], "branchTargets.targets[1].period: repeats branch-sh-pudong's target for 2026-Q4"],
    [
      [{ ...target, cardsIssued: -1 }],
      'branchTargets.targets[0].cardsIssued: must be a non-negative integer',
    ],
    [[{ branchId: 'b1', period: '2026-11' }], 'branchTargets.targets[0].depositsMinor: is required'],
    [[{ ...target, branchId: '' }], 'branchTargets.targets[0].branchId: must be a non-empty string'],
    [[{ ...target, region: 'east' }], 'branchTargets.targets[0].region: is not a policy field'],
  ])('refuses %j: %s', (targets, message) => {
    expect(refusal(targets)).toBe(message);
  });
});
