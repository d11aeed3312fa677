import { offboarded, onboarded, subscribed } from '../../test/fixtures';
import type { Customer } from '../state/customer-state';
import { evolveAll } from '../state/evolve';
import { activityLevel } from './activity-level.policy';

const customer = evolveAll([onboarded(), subscribed({ openedAt: '2026-02-01T09:00:00.000Z' })]) as Customer;

describe('activity level (seed 003: active | low | dormant)', () => {
  it('active up to 90 days after the last activity, low from then, dormant from 180 days', () => {
    expect(activityLevel(customer, '2026-05-02T08:59:59.999Z')).toBe('active');
    expect(activityLevel(customer, '2026-05-02T09:00:00.000Z')).toBe('low');
    expect(activityLevel(customer, '2026-07-31T08:59:59.999Z')).toBe('low');
    expect(activityLevel(customer, '2026-07-31T09:00:00.000Z')).toBe('dormant');
  });

  it('the low threshold is the policy’s', () => {
    const policy = { policyVersion: 'activity-level/x', lowAfterDays: 10 };
    expect(activityLevel(customer, '2026-02-11T09:00:00.000Z', policy)).toBe('low');
    expect(activityLevel(customer, '2026-02-11T08:59:59.999Z', policy)).toBe('active');
  });

  it('an offboarded customer is dormant', () => {
    const gone = evolveAll([onboarded(), offboarded('2026-02-02T00:00:00.000Z')]) as Customer;
    expect(activityLevel(gone, '2026-02-03T00:00:00.000Z')).toBe('dormant');
  });
});
