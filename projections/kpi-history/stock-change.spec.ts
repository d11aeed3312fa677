import { addChanges, isEmptyChange } from './stock-change';

describe('stock changes', () => {
  it('given two changes, when added, then every figure is summed in the stored order', () => {
    const sum = addChanges(
      { penetrated: 1, tiers: { MASS: 1 } },
      { assetsMinor: 500, tiers: { MASS: 1, WEALTH: -1 } },
    );
    expect(JSON.stringify(sum)).toBe('{"tiers":{"MASS":2,"WEALTH":-1},"assetsMinor":500,"penetrated":1}');
  });

  it('given changes that cancel out, when added, then the zero figures are left out', () => {
    const sum = addChanges(
      { tiers: { MASS: 1 }, assetsMinor: 500 },
      { tiers: { MASS: -1 }, assetsMinor: -500 },
    );
    expect(sum).toEqual({});
    expect(isEmptyChange(sum)).toBe(true);
  });

  it('given a change, when nothing is added, then the sum is a new object with the same figures', () => {
    const change = { assetsMinor: 7 };
    const sum = addChanges(change, {});
    expect(sum).toEqual(change);
    expect(sum).not.toBe(change);
  });
});
