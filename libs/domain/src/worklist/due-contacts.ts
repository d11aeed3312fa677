import { birthdayReminder } from '../policies/birthday.policy';
import { nextContactDue } from '../policies/contact-cadence.policy';
import { DEFAULT_POLICIES, type DomainPolicies } from '../policies/domain-policies';
import { maturityReminders } from '../policies/maturity-reminder.policy';
import { type CustomerState, isOnboarded } from '../state/customer-state';
import { toBusinessDate } from '../time';
import type { ContactPriority } from '../vocabulary';

export type DueContactReason = 'maturity' | 'large-movement' | 'birthday' | 'cadence';

export type DueContact = {
  customerId: string;
  relationshipManagerId: string;
  priority: ContactPriority;
  reason: DueContactReason;
  /** 'YYYY-MM-DD'; earlier than the worklist day when the contact is overdue. */
  dueDate: string;
  escalateToBranchHead: boolean;
  /** The maturing holding, for reason 'maturity'. */
  holdingId?: string;
};

/**
 * The contacts a relationship manager owes an active customer on `date` ('YYYY-MM-DD' or an ISO
 * time), most urgent first (priority, then due date). An item is due from its due date until a
 * contact is logged on or after that date; maturity and birthday items also lapse after their day.
 */
export function dueContacts(
  state: CustomerState,
  date: string,
  policies: DomainPolicies = DEFAULT_POLICIES,
): DueContact[] {
  if (!isOnboarded(state) || state.status !== 'active') return [];
  const today = toBusinessDate(date);
  const lastContactDay = state.lastContactAt === null ? null : toBusinessDate(state.lastContactAt);
  const open = (dueDate: string) => dueDate <= today && (lastContactDay === null || lastContactDay < dueDate);
  const item = (priority: ContactPriority, reason: DueContactReason, dueDate: string): DueContact => ({
    customerId: state.customerId,
    relationshipManagerId: state.relationshipManagerId,
    priority,
    reason,
    dueDate,
    escalateToBranchHead: false,
  });
  const items: DueContact[] = [];

  for (const { holdingId, dueDate, maturityDate } of maturityReminders(state, policies.maturityReminder)) {
    if (open(dueDate) && today <= maturityDate) items.push({ ...item(1, 'maturity', dueDate), holdingId });
  }
  const movement = state.lastLargeMovement;
  const movementDay = movement === null ? null : toBusinessDate(movement.asOf);
  if (movement !== null && movementDay !== null && open(movementDay))
    items.push({
      ...item(1, 'large-movement', movementDay),
      escalateToBranchHead: movement.escalateToBranchHead,
    });
  const birthday = birthdayReminder(state.birthDate, today, policies.birthday);
  if (birthday !== null && open(birthday.dueDate)) items.push(item(2, 'birthday', birthday.dueDate));
  const cadenceDue = nextContactDue(state, policies.contactCadence);
  if (cadenceDue !== null && cadenceDue <= today) items.push(item(3, 'cadence', cadenceDue));

  return items.sort((a, b) => a.priority - b.priority || a.dueDate.localeCompare(b.dueDate));
}
