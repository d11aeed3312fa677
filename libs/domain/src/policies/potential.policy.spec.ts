import { revalued, subscribed } from '../../test/fixtures';
import { given, moved } from '../../test/flag-fixtures';
import type { Customer } from '../state/customer-state';
import { DEFAULT_POLICIES } from './domain-policies';
import { flagsAt } from './mining-flags';

const potential = (customer: Customer, now: string) =>
  flagsAt(customer, now, DEFAULT_POLICIES).find((judgment) => judgment.flag === 'potential');

const VALUED_AT = '2026-03-01T00:00:00.000Z';
const NOW = '2026-03-10T00:00:00.000Z';
const deposit = (holdingId: string, productType: 'time-deposit' | 'wealth' | 'deposit') =>
  subscribed({ holdingId, productType, openedAt: '2026-02-01T09:00:00.000Z' });

describe('potential (seed 002: large assets in fewer than two product types, or a large inflow)', () => {
  it('from 500,000 held in one product type; 499,999.99 is not potential', () => {
    const at = given(deposit('h-1', 'time-deposit'), revalued(500_000, 0, VALUED_AT));
    expect(potential(at, NOW)).toEqual({
      flag: 'potential',
      since: VALUED_AT,
      rule: 'potential/v1/concentrated-assets',
      inputs: { totalFinancialAssetsMinor: 500_000_00, productTypes: 1 },
    });
    const below = given(deposit('h-1', 'time-deposit'), revalued(499_999.99, 0, VALUED_AT));
    expect(potential(below, NOW)).toBeUndefined();
  });

  it('two product types are not "almost only deposits"', () => {
    const spread = given(
      deposit('h-1', 'time-deposit'),
      deposit('h-2', 'wealth'),
      revalued(800_000, 0, VALUED_AT),
    );
    expect(potential(spread, NOW)).toBeUndefined();
    const twoOfOne = given(
      deposit('h-1', 'time-deposit'),
      deposit('h-2', 'time-deposit'),
      revalued(800_000, 0, VALUED_AT),
    );
    expect(potential(twoOfOne, NOW)?.inputs['productTypes']).toBe(1);
  });

  it('a large inflow holds for 30 days from the valuation, the 30th day’s instant excluded', () => {
    const inflow = given(
      deposit('h-1', 'time-deposit'),
      deposit('h-2', 'wealth'),
      revalued(100_000, 0, '2026-02-02T00:00:00.000Z'),
      moved(300_000, 100_000, VALUED_AT),
    );
    expect(potential(inflow, '2026-03-30T23:59:59.999Z')).toEqual({
      flag: 'potential',
      since: VALUED_AT,
      rule: 'potential/v1/large-inflow',
      inputs: { inflowMinor: 200_000_00, inflowAt: VALUED_AT },
    });
    expect(potential(inflow, '2026-03-31T00:00:00.000Z')).toBeUndefined();
  });

  it('an inflow below 200,000 or an outflow is no inflow', () => {
    const small = given(
      revalued(100_000, 0, '2026-02-02T00:00:00.000Z'),
      moved(299_999.99, 100_000, VALUED_AT),
    );
    expect(flagsAt(small, NOW, DEFAULT_POLICIES).map((f) => f.rule)).not.toContain(
      'potential/v1/large-inflow',
    );
    const outflow = given(
      revalued(400_000, 0, '2026-02-02T00:00:00.000Z'),
      moved(100_000, 400_000, VALUED_AT),
    );
    expect(potential(outflow, NOW)).toBeUndefined();
  });

  it('an offboarded customer is no potential', () => {
    const customer = given(deposit('h-1', 'time-deposit'), revalued(900_000, 0, VALUED_AT));
    expect(potential({ ...customer, status: 'offboarded' }, NOW)).toBeUndefined();
  });
});
