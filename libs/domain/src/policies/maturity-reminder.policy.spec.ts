import { HOLDING_ID, onboarded, subscribed } from '../../test/fixtures';
import type { Customer } from '../state/customer-state';
import { evolveAll } from '../state/evolve';
import {
  isMaturityCallAnswered,
  maturesWithinDays,
  maturityReminderDate,
  maturityReminders,
} from './maturity-reminder.policy';

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
      { holdingId: HOLDING_ID, maturityDate: '2027-02-01', dueDate: '2027-01-31', answeredAt: null },
      { holdingId: 'later', maturityDate: '2027-06-01', dueDate: '2027-05-31', answeredAt: null },
    ]);
  });

  it('is answered by a contact naming the holding or about maturities, on or after the due day', () => {
    const contact = (
      contactId: string,
      occurredAt: string,
      more: { holdingId?: string; purpose?: string },
    ) => ({
      type: 'ContactLogged' as const,
      schemaVersion: 1 as const,
      data: {
        customerId: 'c',
        contactId,
        channel: 'phone' as const,
        purpose: more.purpose ?? 'routine',
        ...(more.holdingId !== undefined && { holdingId: more.holdingId }),
        priority: 1 as const,
        outcome: 'o',
        relationshipManagerId: 'rm-li',
        occurredAt,
      },
    });
    const history = [
      onboarded(),
      subscribed(),
      subscribed({ holdingId: 'later', maturityDate: '2027-02-01' }),
    ];
    const answered = (...contacts: ReturnType<typeof contact>[]) =>
      maturityReminders(evolveAll([...history, ...contacts]) as Customer).map(isMaturityCallAnswered);
    const onTheDay = '2027-01-31T10:00:00.000Z';
    expect(answered(contact('k', onTheDay, {}))).toEqual([false, false]);
    expect(answered(contact('k', onTheDay, { holdingId: 'later' }))).toEqual([false, true]);
    expect(answered(contact('k', onTheDay, { purpose: ' Maturity ' }))).toEqual([true, true]);
    expect(answered(contact('k', '2027-01-30T23:59:59.999Z', { purpose: 'maturity' }))).toEqual([
      false,
      false,
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
