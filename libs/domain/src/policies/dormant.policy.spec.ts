import { onboarded, ONBOARDED_AT, subscribed } from '../../test/fixtures';
import type { Customer } from '../state/customer-state';
import { evolveAll } from '../state/evolve';
import { isDormant, lastActivityAt } from './dormant.policy';

const customer = (lastContactAt: string | null = null) => ({
  ...(evolveAll([onboarded(), subscribed({ openedAt: '2026-02-01T09:00:00.000Z' })]) as Customer),
  lastContactAt,
});

describe('dormant policy', () => {
  it('counts from the last subscription or contact', () => {
    expect(lastActivityAt(customer(), '2026-11-24T00:00:00.000Z')).toBe('2026-02-01T09:00:00.000Z');
    expect(lastActivityAt(customer('2026-05-01T09:00:00.000Z'), '2026-11-24T00:00:00.000Z')).toBe(
      '2026-05-01T09:00:00.000Z',
    );
  });

  it('ignores activity after now', () => {
    const contacted = customer('2026-05-01T09:00:00.000Z');
    expect(lastActivityAt(contacted, '2026-03-01T00:00:00.000Z')).toBe('2026-02-01T09:00:00.000Z');
    expect(lastActivityAt(contacted, '2026-01-01T00:00:00.000Z')).toBe(ONBOARDED_AT);
  });

  it('answers the contact when a subscription is at the same instant, however it is written', () => {
    const sameInstant = customer('2026-02-01T11:00:00.000+02:00');
    expect(lastActivityAt(sameInstant, '2026-11-24T00:00:00.000Z')).toBe('2026-02-01T11:00:00.000+02:00');
  });

  it('is dormant after exactly 180 days without either', () => {
    expect(isDormant(customer(), '2026-07-31T08:59:59.999Z')).toBe(false);
    expect(isDormant(customer(), '2026-07-31T09:00:00.000Z')).toBe(true);
  });

  it('wakes up with a contact', () => {
    expect(isDormant(customer('2026-07-01T09:00:00.000Z'), '2026-08-01T00:00:00.000Z')).toBe(false);
  });

  it('does not call a new customer dormant', () => {
    const fresh = evolveAll([onboarded()]) as Customer;
    expect(lastActivityAt(fresh, '2026-03-01T00:00:00.000Z')).toBe(ONBOARDED_AT);
    expect(isDormant(fresh, '2026-03-01T00:00:00.000Z')).toBe(false);
  });

  it('does not call an offboarded customer dormant', () => {
    expect(isDormant({ ...customer(), status: 'offboarded' }, '2027-11-24T00:00:00.000Z')).toBe(false);
  });
});
