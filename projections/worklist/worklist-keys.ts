import {
  type Customer,
  type DomainPolicies,
  isCalendarDate,
  maturityReminders,
  nextContactDue,
  toBusinessDate,
} from '@ledger/domain';
import type { MaturityWindow, WorklistCustomer, WorklistKeys } from './worklist.documents';

/** When each kind of call falls due, with dueContacts' rule that a later contact answers it. */
export function worklistKeys(customer: Customer, policies: DomainPolicies): WorklistKeys {
  const lastContactDay = lastContactDayOf(customer);
  return {
    relationshipManagerId: customer.relationshipManagerId,
    cadenceDue: nextContactDue(customer, policies.contactCadence),
    largeMovementDue: largeMovementDue(customer, lastContactDay),
    maturityWindows: maturityWindows(customer, lastContactDay, policies),
    birthdayMonthDay: birthdayMonthDay(customer.birthDate),
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
  const lastContactDay = lastContactDayOf(customer);
  const sameContact = customer.lastContactAt === before.lastContactAt;
  const sameCadence =
    sameContact &&
    customer.onboardedAt === before.onboardedAt &&
    customer.totalFinancialAssets.amountMinor === before.totalFinancialAssets.amountMinor;
  return {
    relationshipManagerId: customer.relationshipManagerId,
    cadenceDue: sameCadence ? previous.cadenceDue : nextContactDue(customer, policies.contactCadence),
    largeMovementDue: largeMovementDue(customer, lastContactDay),
    maturityWindows: windowsAfter(customer, previous, lastContactDay, policies),
    birthdayMonthDay:
      customer.birthDate === before.birthDate
        ? previous.birthdayMonthDay
        : birthdayMonthDay(customer.birthDate),
  };
}

function windowsAfter(
  customer: Customer,
  previous: WorklistCustomer,
  lastContactDay: string | null,
  policies: DomainPolicies,
) {
  const before = previous.customer;
  if (customer.holdings !== before.holdings) return maturityWindows(customer, lastContactDay, policies);
  if (customer.lastContactAt === before.lastContactAt) return previous.maturityWindows;
  return (
    stillUnanswered(previous.maturityWindows, before.lastContactAt, lastContactDay) ??
    maturityWindows(customer, lastContactDay, policies)
  );
}

/**
 * The windows still unanswered after a contact on `lastContactDay`, from those unanswered after
 * the previous contact; null when the new contact is not the later one (some may come back).
 */
export function stillUnanswered(
  windows: MaturityWindow[],
  previousContactAt: string | null,
  lastContactDay: string | null,
): MaturityWindow[] | null {
  if (lastContactDay === null) return null;
  if (previousContactAt !== null && toBusinessDate(previousContactAt) > lastContactDay) return null;
  return windows.filter((window) => lastContactDay < window.from);
}

function lastContactDayOf(customer: Customer): string | null {
  return customer.lastContactAt === null ? null : toBusinessDate(customer.lastContactAt);
}

function largeMovementDue(customer: Customer, lastContactDay: string | null): string | null {
  const movement = customer.lastLargeMovement;
  if (movement === null) return null;
  const movementDay = toBusinessDate(movement.asOf);
  return lastContactDay === null || lastContactDay < movementDay ? movementDay : null;
}

function maturityWindows(
  customer: Customer,
  lastContactDay: string | null,
  policies: DomainPolicies,
): MaturityWindow[] {
  return maturityReminders(customer, policies.maturityReminder)
    .filter((reminder) => lastContactDay === null || lastContactDay < reminder.dueDate)
    .map((reminder) => ({ from: reminder.dueDate, to: reminder.maturityDate }));
}

function birthdayMonthDay(birthDate: string | null): string | null {
  return birthDate !== null && isCalendarDate(birthDate) ? birthDate.slice(5) : null;
}
