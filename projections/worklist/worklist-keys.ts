import {
  type Customer,
  type DomainPolicies,
  isCalendarDate,
  isMaturityCallAnswered,
  isMovementAnswered,
  isRepaymentCallAnswered,
  repaymentReminders,
  maturityReminders,
  nextContactDue,
  toBusinessDate,
} from '@ledger/domain';
import type { MaturityWindow, WorklistCustomer, WorklistKeys } from './worklist.documents';

/** When each kind of call falls due, with dueContacts' rules for which contact answers it. */
export function worklistKeys(customer: Customer, policies: DomainPolicies): WorklistKeys {
  return {
    relationshipManagerId: customer.relationshipManagerId,
    cadenceDue: nextContactDue(customer, policies.contactCadence, policies.currencyRates),
    largeMovementDue: largeMovementDue(customer),
    maturityWindows: maturityWindows(customer, policies),
    birthdayMonthDay: birthdayMonthDay(customer.birthDate),
    repaymentWindows: repaymentWindows(customer, policies),
    vipGiftTier: policies.vipGifts.tiers.includes(customer.tier),
  };
}

/**
 * worklistKeys after one event, under the policies the previous keys were computed by: a
 * key whose inputs the event left as they were is carried, not recomputed. States are never
 * mutated, so the same holdings object means the same holdings.
 */
export function worklistKeysAfter(
  customer: Customer,
  previous: WorklistCustomer | null,
  policies: DomainPolicies,
): WorklistKeys {
  if (previous === null) return worklistKeys(customer, policies);
  const before = previous.customer;
  const sameCadence =
    customer.lastContactAt === before.lastContactAt &&
    customer.onboardedAt === before.onboardedAt &&
    customer.totalFinancialAssets.amountMinor === before.totalFinancialAssets.amountMinor &&
    customer.holdings === before.holdings;
  // Only holdings (a contact naming one included) and contacts about maturities answer maturity calls.
  const sameMaturities =
    customer.holdings === before.holdings && customer.lastMaturityContactAt === before.lastMaturityContactAt;
  return {
    relationshipManagerId: customer.relationshipManagerId,
    cadenceDue: sameCadence
      ? previous.cadenceDue
      : nextContactDue(customer, policies.contactCadence, policies.currencyRates),
    largeMovementDue: largeMovementDue(customer),
    maturityWindows: sameMaturities ? previous.maturityWindows : maturityWindows(customer, policies),
    birthdayMonthDay:
      customer.birthDate === before.birthDate
        ? previous.birthdayMonthDay
        : birthdayMonthDay(customer.birthDate),
    // Due dates and the contacts naming a holding both live in the holdings.
    repaymentWindows:
      customer.holdings === before.holdings
        ? previous.repaymentWindows
        : repaymentWindows(customer, policies),
    vipGiftTier: policies.vipGifts.tiers.includes(customer.tier),
  };
}

function largeMovementDue(customer: Customer): string | null {
  const movement = customer.lastLargeMovement;
  if (movement === null || isMovementAnswered(movement.asOf, customer.lastContactAt)) return null;
  return toBusinessDate(movement.asOf);
}

function maturityWindows(customer: Customer, policies: DomainPolicies): MaturityWindow[] {
  return maturityReminders(customer, policies.maturityReminder)
    .filter((reminder) => !isMaturityCallAnswered(reminder))
    .map((reminder) => ({ from: reminder.dueDate, to: reminder.maturityDate }));
}

function repaymentWindows(customer: Customer, policies: DomainPolicies): MaturityWindow[] {
  return repaymentReminders(customer, policies.repaymentReminder)
    .filter((reminder) => !isRepaymentCallAnswered(reminder))
    .map((reminder) => ({ from: reminder.dueDate, to: reminder.repaymentDate }));
}

function birthdayMonthDay(birthDate: string | null): string | null {
  return birthDate !== null && isCalendarDate(birthDate) ? birthDate.slice(5) : null;
}
