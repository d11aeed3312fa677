import { HOLDING_ID, onboarded, subscribed } from '../../test/fixtures';
import type { Customer } from '../state/customer-state';
import { evolveAll } from '../state/evolve';
import { maturesWithinDays, maturityReminderDate, maturityReminders } from './maturity-reminder.policy';

describe('maturity reminder policy', () => {
  it('is due the day before maturity, across month ends', () => {
    expect(maturityReminderDate('2027-03-01')).toBe('2027-02-28');
  });

  it('lists active holdings with a maturity, soonest first', () => {
    const customer = evolveAll([
      onboarded(),
      subscribed({ holdingId: 'later', maturityDate: '2027-06-01' }),
      subscribed(),
      subscribed({ holdingId: 'no-term', productType: 'deposit', maturityDate: undefined }),
    ]) as Customer;
    expect(maturityReminders(customer)).toEqual([
      { holdingId: HOLDING_ID, maturityDate: '2027-02-01', dueDate: '2027-01-31' },
      { holdingId: 'later', maturityDate: '2027-06-01', dueDate: '2027-05-31' },
    ]);
  });

  it('forgets matured holdings', () => {
    const customer = evolveAll([
      onboarded(),
      subscribed(),
      {
        type: 'ProductMatured',
        schemaVersion: 1,
        data: {
          customerId: 'c',
          holdingId: HOLDING_ID,
          maturedAt: '2027-02-01T09:00:00.000Z',
          proceeds: { amountMinor: 1, currency: 'CNY' },
        },
      },
    ]) as Customer;
    expect(maturityReminders(customer)).toEqual([]);
  });

  it('tells whether a holding matures within a number of days', () => {
    expect(maturesWithinDays('2026-12-01', '2026-11-24T10:00:00Z', 7)).toBe(true);
    expect(maturesWithinDays('2026-12-02', '2026-11-24T10:00:00Z', 7)).toBe(false);
    expect(maturesWithinDays('2026-11-23', '2026-11-24T10:00:00Z', 7)).toBe(false);
  });
});
