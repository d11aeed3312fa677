import fc from 'fast-check';
import { tierRank } from '../tiers';
import { SPECIAL_BACKGROUNDS, type SpecialBackground } from '../vocabulary';
import { corporatePoints, corporateTier, corporateTierForPoints } from './corporate-tier.policy';

const million = (m: number) => Math.round(m * 1_000_000 * 100);
const criteria = (
  contributionMinor: number,
  departmentsEngaged: number,
  growthRate: number,
  specialBackground: SpecialBackground = 'none',
) => ({ contributionMinor, departmentsEngaged, growthRate, specialBackground });

describe('corporate tier policy', () => {
  describe('seed 000 test vectors', () => {
    it.each([
      [12, 3, 0.2, 'government-or-monopoly', 12, 'STRATEGIC'],
      [5, 1, 0.03, 'none', 3, 'KEY'],
      [0.5, 1, 0.03, 'none', 0, 'STANDARD'],
      [15, 1, 0.02, 'none', 6, 'KEY'],
      [15, 2, 0.02, 'none', 8, 'STRATEGIC'],
    ] as const)(
      '%sM, %s departments, %s growth, %s → %s points, %s',
      (m, departments, growth, background, points, tier) => {
        const result = corporateTier(criteria(million(m), departments, growth, background));
        expect(result).toEqual({
          tier,
          points: expect.objectContaining({ total: points }),
          policyVersion: 'corporate-tier/v1',
        });
      },
    );
  });

  describe('band boundaries', () => {
    it.each([
      [99_999_999, 0],
      [100_000_000, 3],
      [1_000_000_000, 3],
      [1_000_000_001, 6],
    ])('a contribution of %s minor units scores %s', (minor, points) => {
      expect(corporatePoints(criteria(minor, 1, 0)).contribution).toBe(points);
    });

    it.each([
      [0.0499, 0],
      [0.05, 1],
      [0.15, 1],
      [0.1501, 2],
    ])('growth of %s scores %s', (growth, points) => {
      expect(corporatePoints(criteria(0, 1, growth)).growth).toBe(points);
    });

    it.each([
      [1, 0],
      [2, 2],
    ])('%s departments score %s', (departments, points) => {
      expect(corporatePoints(criteria(0, departments, 0)).breadth).toBe(points);
    });

    it.each(SPECIAL_BACKGROUNDS.map((b, i) => [b, i] as const))(
      'background %s scores %s',
      (background, points) => {
        expect(corporatePoints(criteria(0, 1, 0, background)).background).toBe(points);
      },
    );

    it.each([
      [2, 'STANDARD'],
      [3, 'KEY'],
      [7, 'KEY'],
      [8, 'STRATEGIC'],
    ])('%s points make %s', (points, tier) => {
      expect(corporateTierForPoints(points)).toBe(tier);
    });
  });

  it('never lowers the tier for more points', () => {
    fc.assert(
      fc.property(fc.nat({ max: 20 }), fc.nat({ max: 20 }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(tierRank(corporateTierForPoints(high))).toBeGreaterThanOrEqual(
          tierRank(corporateTierForPoints(low)),
        );
      }),
    );
  });

  it('never lowers points or tier when any criterion improves', () => {
    const input = fc.record({
      contributionMinor: fc.integer({ min: 0, max: million(50) }),
      departmentsEngaged: fc.integer({ min: 1, max: 10 }),
      growthRate: fc.double({ min: -1, max: 2, noNaN: true }),
      specialBackground: fc.constantFrom(...SPECIAL_BACKGROUNDS),
    });
    const improvement = fc.record({
      contribution: fc.integer({ min: 0, max: million(20) }),
      departments: fc.nat({ max: 5 }),
      growth: fc.double({ min: 0, max: 1, noNaN: true }),
      background: fc.nat({ max: 2 }),
    });
    fc.assert(
      fc.property(input, improvement, (before, up) => {
        const backgroundIndex = Math.min(
          2,
          SPECIAL_BACKGROUNDS.indexOf(before.specialBackground) + up.background,
        );
        const after = {
          contributionMinor: before.contributionMinor + up.contribution,
          departmentsEngaged: before.departmentsEngaged + up.departments,
          growthRate: before.growthRate + up.growth,
          specialBackground: SPECIAL_BACKGROUNDS[backgroundIndex] ?? 'government-or-monopoly',
        };
        const [was, is] = [corporateTier(before), corporateTier(after)];
        expect(is.points.total).toBeGreaterThanOrEqual(was.points.total);
        expect(tierRank(is.tier)).toBeGreaterThanOrEqual(tierRank(was.tier));
      }),
    );
  });
});
