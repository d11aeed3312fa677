import type { Customer } from '../state/customer-state';
import { addDays, toBusinessDate } from '../time';

/** Seed 001 first priority: a maturing product is raised the day before it matures (or that day). */
export type MaturityReminderPolicy = { policyVersion: string; daysBefore: number };

export const MATURITY_REMINDER_POLICY: MaturityReminderPolicy = {
  policyVersion: 'maturity-reminder/v1',
  daysBefore: 1,
};

export type MaturityReminder = { holdingId: string; maturityDate: string; dueDate: string };

export function maturityReminderDate(maturityDate: string, policy = MATURITY_REMINDER_POLICY): string {
  return addDays(maturityDate, -policy.daysBefore);
}

/** Reminders for the active holdings that have a maturity date, soonest first. */
export function maturityReminders(customer: Customer, policy = MATURITY_REMINDER_POLICY): MaturityReminder[] {
  // One loop, no intermediate arrays: projections call this whenever holdings change.
  const reminders: MaturityReminder[] = [];
  for (const holding of Object.values(customer.holdings)) {
    if (holding.status !== 'active' || holding.maturityDate === null) continue;
    const maturityDate = toBusinessDate(holding.maturityDate);
    reminders.push({
      holdingId: holding.holdingId,
      maturityDate,
      dueDate: maturityReminderDate(maturityDate, policy),
    });
  }
  return reminders.sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.holdingId.localeCompare(b.holdingId),
  );
}

/** Active holdings maturing within `days` days of `now` (inclusive), for "maturingWithinDays" queries. */
export function maturesWithinDays(maturityDate: string, now: string, days: number): boolean {
  const today = toBusinessDate(now);
  const maturity = toBusinessDate(maturityDate);
  return maturity >= today && maturity <= addDays(today, days);
}
