import type { Customer, Holding } from '../state/customer-state';
import { addDays, toBusinessDate, toMs } from '../time';
import { MATURITY_PURPOSE } from '../vocabulary';

/** Seed 001 first priority: a maturing product is raised the day before it matures (or that day). */
export type MaturityReminderPolicy = { policyVersion: string; daysBefore: number };

export const MATURITY_REMINDER_POLICY: MaturityReminderPolicy = {
  policyVersion: 'maturity-reminder/v1',
  daysBefore: 1,
};

/** `answeredAt`: the last contact that answers this holding's call (see maturityCallAnsweredAt). */
export type MaturityReminder = {
  holdingId: string;
  maturityDate: string;
  dueDate: string;
  answeredAt: string | null;
};

export function maturityReminderDate(maturityDate: string, policy = MATURITY_REMINDER_POLICY): string {
  return addDays(maturityDate, -policy.daysBefore);
}

/** Whether a contact's purpose is the maturities themselves: it then answers every maturity call. */
export function isMaturityPurpose(purpose: string): boolean {
  return purpose.trim().toLowerCase() === MATURITY_PURPOSE;
}

/**
 * The last contact that answers a holding's maturity call: one that named the holding, or one
 * about maturities that named none. Any other call (a birthday greeting, a routine visit) does not.
 */
export function maturityCallAnsweredAt(customer: Customer, holding: Holding): string | null {
  const named = holding.lastContactAt;
  const general = customer.lastMaturityContactAt;
  if (named === null || general === null) return named ?? general;
  return toMs(named) >= toMs(general) ? named : general;
}

/** A call raised on `dueDate` is answered by a contact on or after that day. */
export function isMaturityCallAnswered(reminder: MaturityReminder): boolean {
  return reminder.answeredAt !== null && toBusinessDate(reminder.answeredAt) >= reminder.dueDate;
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
      answeredAt: maturityCallAnsweredAt(customer, holding),
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
