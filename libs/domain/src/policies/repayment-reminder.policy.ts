import type { Customer } from '../state/customer-state';
import { addDays, toBusinessDate } from '../time';
import type { ProductType } from '../vocabulary';

/** Seed 001 P1: a loan or credit-card repayment is raised the day before it falls due. */
export type RepaymentReminderPolicy = { policyVersion: string; daysBefore: number };

export const REPAYMENT_REMINDER_POLICY: RepaymentReminderPolicy = {
  policyVersion: 'repayment-reminder/v1',
  daysBefore: 1,
};

/** The holdings that owe the bank repayments: only these take a due date. */
export const REPAYABLE_PRODUCT_TYPES = ['loan', 'credit-card'] as const satisfies readonly ProductType[];

export function isRepayable(productType: ProductType): boolean {
  return (REPAYABLE_PRODUCT_TYPES as readonly ProductType[]).includes(productType);
}

/** `answeredAt`: the last contact naming the holding; it answers a call raised on or before its day. */
export type RepaymentReminder = {
  holdingId: string;
  repaymentDate: string;
  dueDate: string;
  answeredAt: string | null;
};

/** A reminder per active holding with a repayment due date, soonest first. */
export function repaymentReminders(
  customer: Customer,
  policy: RepaymentReminderPolicy = REPAYMENT_REMINDER_POLICY,
): RepaymentReminder[] {
  const reminders: RepaymentReminder[] = [];
  for (const holding of Object.values(customer.holdings)) {
    const repaymentDate = holding.repaymentDueDate ?? null;
    if (holding.status !== 'active' || repaymentDate === null) continue;
    reminders.push({
      holdingId: holding.holdingId,
      repaymentDate,
      dueDate: addDays(repaymentDate, -policy.daysBefore),
      answeredAt: holding.lastContactAt,
    });
  }
  return reminders.sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.holdingId.localeCompare(b.holdingId),
  );
}

/** A repayment call raised on `dueDate` is answered by a contact naming the holding on or after that day. */
export function isRepaymentCallAnswered(reminder: RepaymentReminder): boolean {
  return reminder.answeredAt !== null && toBusinessDate(reminder.answeredAt) >= reminder.dueDate;
}
