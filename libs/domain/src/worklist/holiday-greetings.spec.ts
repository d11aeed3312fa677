import { consentWithdrawn, CUSTOMER_ID, offboarded, onboarded, RM } from '../../test/fixtures';
import type { CustomerEvent } from '../events';
import { HOLIDAY_POLICY, type HolidayPolicy } from '../policies/holiday.policy';
import type { Customer } from '../state/customer-state';
import { evolveAll } from '../state/evolve';
import { holidayGreetings, isHolidayGreetingDay } from './holiday-greetings';

const customer = (...events: CustomerEvent[]) => evolveAll([onboarded(), ...events]) as Customer;
const contact = (occurredAt: string): CustomerEvent => ({
  type: 'ContactLogged',
  schemaVersion: 1,
  data: {
    customerId: CUSTOMER_ID,
    contactId: `c-${occurredAt}`,
    channel: 'phone',
    purpose: 'greeting',
    priority: 2,
    outcome: 'reached',
    relationshipManagerId: RM.id,
    occurredAt,
  },
});
const greeting = (dueDate: string, holiday: string) => ({
  customerId: CUSTOMER_ID,
  relationshipManagerId: RM.id,
  priority: 2,
  reason: 'holiday',
  dueDate,
  escalateToBranchHead: false,
  holiday,
});

describe('holiday greetings (seed 001 P2: 节日祝贺, the day before)', () => {
  it('greets the day before each configured holiday, not two days before, nor on the day', () => {
    expect(holidayGreetings(customer(), '2026-09-23', HOLIDAY_POLICY)).toEqual([]);
    expect(holidayGreetings(customer(), '2026-09-24', HOLIDAY_POLICY)).toEqual([
      greeting('2026-09-24', 'mid-autumn'),
    ]);
    expect(holidayGreetings(customer(), '2026-09-25', HOLIDAY_POLICY)).toEqual([]);
    expect(holidayGreetings(customer(), '2027-02-05', HOLIDAY_POLICY)).toEqual([
      greeting('2027-02-05', 'spring-festival'),
    ]);
  });

  it('takes the dates and the lead from the policy the bank configures', () => {
    const policy: HolidayPolicy = {
      policyVersion: 'test',
      daysBefore: 2,
      holidays: [{ name: 'national-day', date: '2030-10-01' }],
    };
    expect(holidayGreetings(customer(), '2030-09-28', policy)).toEqual([]);
    expect(holidayGreetings(customer(), '2030-09-30', policy)).toEqual([
      greeting('2030-09-29', 'national-day'),
    ]);
    expect(isHolidayGreetingDay('2030-09-29', policy)).toBe(true);
    expect(isHolidayGreetingDay('2030-10-01', policy)).toBe(false);
  });

  it('is answered by a contact on or after the due day, not by one before', () => {
    expect(
      holidayGreetings(customer(contact('2026-09-23T09:00:00.000Z')), '2026-09-24', HOLIDAY_POLICY),
    ).toHaveLength(1);
    expect(
      holidayGreetings(customer(contact('2026-09-24T09:00:00.000Z')), '2026-09-24', HOLIDAY_POLICY),
    ).toEqual([]);
  });

  it('greets no one without marketing consent, and no offboarded customer (ADR 0024)', () => {
    expect(holidayGreetings(customer(consentWithdrawn()), '2026-09-24', HOLIDAY_POLICY)).toEqual([]);
    expect(holidayGreetings(customer(offboarded()), '2026-09-24', HOLIDAY_POLICY)).toEqual([]);
  });
});
