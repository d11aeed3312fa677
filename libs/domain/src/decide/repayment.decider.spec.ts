import { given } from '../../test/decider-specification';
import { command, CUSTOMER_ID, HOLDING_ID, NOW, onboarded, subscribed } from '../../test/fixtures';

const loan = subscribed({
  productCode: 'CARD-GOLD',
  productType: 'credit-card',
  openedAt: '2026-06-01T09:00:00.000Z',
});
const schedule = (dueDate: string, holdingId = HOLDING_ID) =>
  command('ScheduleRepaymentDue', { holdingId, dueDate });
const scheduled = (dueDate: string) => ({
  type: 'RepaymentDueScheduled' as const,
  schemaVersion: 1 as const,
  data: { customerId: CUSTOMER_ID, holdingId: HOLDING_ID, dueDate, scheduledAt: NOW },
});

describe('scheduling a repayment due date (ADR 0026)', () => {
  describe('when the customer holds a loan or credit card', () => {
    it('records the due date', () => {
      given([onboarded(), loan])
        .when(schedule('2026-12-15'))
        .then([scheduled('2026-12-15')]);
    });

    it('keeps what falls due when given', () => {
      const [event] = given([onboarded(), loan])
        .when({ ...schedule('2026-12-15'), amountDue: { amountMinor: 320_000, currency: 'CNY' } })
        .events();
      expect(event?.data).toMatchObject({ amountDue: { amountMinor: 320_000, currency: 'CNY' } });
    });

    it('records nothing for the due date already scheduled; a new one replaces it', () => {
      given([onboarded(), loan, scheduled('2026-12-15')])
        .when(schedule('2026-12-15'))
        .then([]);
      given([onboarded(), loan, scheduled('2026-12-15')])
        .when(schedule('2027-01-15'))
        .then([scheduled('2027-01-15')]);
    });

    it('takes the opening day, refuses the day before it', () => {
      given([onboarded(), loan])
        .when(schedule('2026-06-01'))
        .then([scheduled('2026-06-01')]);
      given([onboarded(), loan]).when(schedule('2026-05-31')).thenThrows('REPAYMENT_DUE_BEFORE_OPENING');
    });

    it('refuses a day that is not a calendar date', () => {
      given([onboarded(), loan]).when(schedule('2026-02-30')).thenThrows('INVALID_TIME');
    });
  });

  it('refuses a holding that owes nothing (a time deposit), naming its type', () => {
    const [error] = [
      given([onboarded(), subscribed()]).when(schedule('2026-12-15')).thenThrows('NOT_A_REPAYABLE_HOLDING'),
    ];
    expect(error.details).toEqual({ holdingId: HOLDING_ID, productType: 'time-deposit' });
  });

  it('refuses an unknown holding', () => {
    given([onboarded(), loan]).when(schedule('2026-12-15', 'nope')).thenThrows('HOLDING_NOT_FOUND');
  });
});
