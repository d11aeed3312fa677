import { toMinorUnits } from './money.dto';

describe('toMinorUnits', () => {
  it.each([
    ['250000.00', 25_000_000],
    ['99999.99', 9_999_999],
    ['0.5', 50],
    ['7', 700],
    ['5000000.01', 500_000_001],
    ['9999999999999.99', 999_999_999_999_999],
  ])('%s → %d minor units', (amount, minor) => {
    expect(toMinorUnits({ amount, currency: 'CNY' })).toEqual({ amountMinor: minor, currency: 'CNY' });
  });
});
