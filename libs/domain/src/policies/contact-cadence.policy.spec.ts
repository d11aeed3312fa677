import fc from 'fast-check';
import { evolveAll } from '../state/evolve';
import type { Customer } from '../state/customer-state';
import { onboarded, revalued } from '../../test/fixtures';
import { contactIntervalDays, isContactOverdue, nextContactDue } from './contact-cadence.policy';

const yuan = (amount: number) => Math.round(amount * 100);

function customerWith(assetsYuan: number, lastContactAt: string | null = null): Customer {
  const customer = evolveAll([onboarded(), revalued(assetsYuan, 0)]) as Customer;
  return { ...customer, lastContactAt };
}

describe('contact cadence policy', () => {
  it.each([
    [2_000_000, 7],
    [1_999_999.99, 14],
    [500_000, 14],
    [499_999.99, 30],
    [200_000, 30],
    [199_999.99, 60],
    [50_000, 60],
    [49_999.99, null],
    [0, null],
  ])('%s in assets means a contact every %s days', (assets, days) => {
    expect(contactIntervalDays(yuan(assets))).toBe(days);
  });

  it('never asks for rarer contact when assets grow', () => {
    const interval = (minor: number) => contactIntervalDays(minor) ?? Number.POSITIVE_INFINITY;
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.maxSafeNat(), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(interval(high)).toBeLessThanOrEqual(interval(low));
      }),
    );
  });

  it('is due the interval after the last contact', () => {
    expect(nextContactDue(customerWith(600_000, '2026-11-01T09:00:00.000Z'))).toBe('2026-11-15');
  });

  it('counts a customer never contacted from onboarding', () => {
    expect(nextContactDue(customerWith(3_000_000))).toBe('2026-01-12');
  });

  it('has no due date below the lowest band', () => {
    expect(nextContactDue(customerWith(10_000))).toBeNull();
  });

  it('is overdue only after the due day', () => {
    const customer = customerWith(600_000, '2026-11-01T09:00:00.000Z');
    expect(isContactOverdue(customer, '2026-11-15T23:59:59.000Z')).toBe(false);
    expect(isContactOverdue(customer, '2026-11-16T00:00:00.000Z')).toBe(true);
  });
});
