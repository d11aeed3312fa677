import type { HolidayPolicy } from '../policies/holiday.policy';
import type { Customer } from '../state/customer-state';
import { addDays, toBusinessDate } from '../time';
import type { DueContact } from './due-contacts';

/**
 * The P2 holiday greetings owed an active, consenting customer on `today`: due `daysBefore` ahead
 * of each configured holiday, open until a contact on or after the due day, lapsing on the holiday.
 */
export function holidayGreetings(customer: Customer, today: string, policy: HolidayPolicy): DueContact[] {
  // A greeting is marketing care: none without consent (ADR 0024).
  if (customer.status !== 'active' || !customer.consent.marketing) return [];
  const lastContactDay = customer.lastContactAt === null ? null : toBusinessDate(customer.lastContactAt);
  return policy.holidays
    .map((holiday) => ({ holiday, dueDate: addDays(holiday.date, -policy.daysBefore) }))
    .filter(({ holiday, dueDate }) => dueDate <= today && today < holiday.date)
    .filter(({ dueDate }) => lastContactDay === null || lastContactDay < dueDate)
    .map(({ holiday, dueDate }) => ({
      customerId: customer.customerId,
      relationshipManagerId: customer.relationshipManagerId,
      priority: 2,
      reason: 'holiday',
      dueDate,
      escalateToBranchHead: false,
      holiday: holiday.name,
    }));
}

/** Whether any holiday greeting can be due on `today`: only then does the worklist read the whole book. */
export function isHolidayGreetingDay(today: string, policy: HolidayPolicy): boolean {
  return policy.holidays.some(
    (holiday) => addDays(holiday.date, -policy.daysBefore) <= today && today < holiday.date,
  );
}
