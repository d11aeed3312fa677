import fc from 'fast-check';
import { assessLargeMovement, LARGE_MOVEMENT_POLICY } from './large-movement.policy';

const yuan = (amount: number) => Math.round(amount * 100);
const flagged = { escalateToBranchHead: true, policyVersion: 'large-movement/v2' };

describe('large movement policy', () => {
  it('ignores a swing just below 200,000', () => {
    expect(assessLargeMovement(yuan(600_000), yuan(799_999.99))).toBeNull();
  });

  it.each([
    ['a rise to 500,000', 300_000, 500_000],
    ['a fall from 500,000', 500_000, 300_000],
    ['a fall from a ≥ 500,000 customer to below it', 600_000, 400_000],
    ['a rise of a 2,000,000+ customer', 2_500_000, 2_700_000],
  ])('flags %s of 200,000 and reports it to the branch head', (_, from, to) => {
    expect(assessLargeMovement(yuan(from), yuan(to))).toEqual(flagged);
  });

  it('watches the 50万+ bands only: a swing that never reaches 500,000 is no movement', () => {
    expect(assessLargeMovement(yuan(0), yuan(200_000))).toBeNull();
    expect(assessLargeMovement(yuan(499_999.99), yuan(250_000))).toBeNull();
  });

  it('does not count the first valuation as a movement', () => {
    expect(assessLargeMovement(null, yuan(3_000_000))).toBeNull();
  });

  it('takes the asset floors from the policy', () => {
    const lower = { ...LARGE_MOVEMENT_POLICY, appliesFromAssetsMinor: 0 };
    expect(assessLargeMovement(yuan(0), yuan(200_000), lower)).toEqual({
      ...flagged,
      escalateToBranchHead: false,
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
