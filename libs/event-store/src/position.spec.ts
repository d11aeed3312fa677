import fc from 'fast-check';
import { comparePositions, InvalidPosition } from './position';

describe('comparePositions', () => {
  it('orders decimal positions numerically, not as text', () => {
    expect(comparePositions('9', '10')).toBeLessThan(0);
    expect(comparePositions('100', '99')).toBeGreaterThan(0);
    expect(comparePositions('42', '42')).toBe(0);
  });

  it('orders commit:prepare tokens by commit, then prepare', () => {
    expect(comparePositions('10:5', '10:7')).toBeLessThan(0);
    expect(comparePositions('11:0', '10:9')).toBeGreaterThan(0);
    expect(comparePositions('10', '10:10')).toBe(0);
  });

  it('agrees with BigInt order on any pair of decimal positions', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 64n }), fc.bigInt({ min: 0n, max: 2n ** 64n }), (a, b) => {
        expect(Math.sign(comparePositions(a.toString(), b.toString()))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it('refuses a token that is not a position', () => {
    expect(() => comparePositions('abc', '1')).toThrow(InvalidPosition);
  });
});
