import {
  type Customer,
  DEFAULT_POLICIES,
  type DomainPolicies,
  isCalendarDate,
  maturityReminders,
  nextContactDue,
  toBusinessDate,
} from '@ledger/domain';
import type { WorklistKeys } from './worklist.documents';

/**
 * The state due contacts read: assets, last contact, large movement, birth date and the holdings
 * that will mature. The rest, personal data included, stays out of the worklist.
 */
export function worklistFacts(customer: Customer): Customer {
  const all = Object.values(customer.holdings);
  const maturing = all.filter((holding) => holding.status === 'active' && holding.maturityDate !== null);
  // Most events leave the holdings as they were: keep the same object rather than rebuild it.
  const holdings =
    maturing.length === all.length
      ? customer.holdings
      : Object.fromEntries(maturing.map((holding) => [holding.holdingId, holding]));
  return {
    ...customer,
    // Items name the customer by id: of the personal data only the birth date is kept, for greetings.
    name: '',
    idNumber: '',
    phone: '',
    email: null,
    occupation: null,
    interests: [],
    holdings,
    contacts: {},
    contributions: {},
    tierReviews: {},
    serviceRequests: {},
  };
}

/** When each kind of call falls due, with dueContacts' rule that a later contact answers it. */
export function worklistKeys(customer: Customer, policies: DomainPolicies = DEFAULT_POLICIES): WorklistKeys {
  const lastContactDay = customer.lastContactAt === null ? null : toBusinessDate(customer.lastContactAt);
  const unanswered = (dueDate: string) => lastContactDay === null || lastContactDay < dueDate;
  const movement = customer.lastLargeMovement;
  const movementDay = movement === null ? null : toBusinessDate(movement.asOf);
  const { birthDate } = customer;
  return {
    relationshipManagerId: customer.relationshipManagerId,
    cadenceDue: nextContactDue(customer, policies.contactCadence),
    largeMovementDue: movementDay !== null && unanswered(movementDay) ? movementDay : null,
    maturityWindows: maturityReminders(customer, policies.maturityReminder)
      .filter((reminder) => unanswered(reminder.dueDate))
      .map((reminder) => ({ from: reminder.dueDate, to: reminder.maturityDate })),
    birthdayMonthDay: birthDate !== null && isCalendarDate(birthDate) ? birthDate.slice(5) : null,
  };
}
