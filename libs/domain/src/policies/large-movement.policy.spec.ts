import fc from 'fast-check';
import { assessLargeMovement } from './large-movement.policy';

const yuan = (amount: number) => Math.round(amount * 100);

describe('large movement policy', () => {
  it('ignores a swing just below 200,000', () => {
    expect(assessLargeMovement(yuan(300_000), yuan(499_999.99))).toBeNull();
  });

  it.each([
    ['a rise', 300_000, 500_000, true],
    ['a fall', 300_000, 100_000, false],
    ['a fall from a ≥ 500,000 customer', 600_000, 400_000, true],
    ['a rise below 500,000', 0, 200_000, false],
  ])('flags %s of exactly 200,000 (escalation: %s → %s)', (_, from, to, escalate) => {
    expect(assessLargeMovement(yuan(from), yuan(to))).toEqual({
      escalateToBranchHead: escalate,
      policyVersion: 'large-movement/v1',
    });
  });

  it('is symmetric: a rise and the matching fall are judged alike', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 1e12 }), (a, b) => {
        expect(assessLargeMovement(a, b)).toEqual(assessLargeMovement(b, a));
      }),
    );
  });
});
