import { birthdayReminder } from '../policies/birthday.policy';
import { nextContactDue } from '../policies/contact-cadence.policy';
import { DEFAULT_POLICIES, type DomainPolicies } from '../policies/domain-policies';
import { isMovementAnswered } from '../policies/large-movement.policy';
import { isMaturityCallAnswered, maturityReminders } from '../policies/maturity-reminder.policy';
import { isRepaymentCallAnswered, repaymentReminders } from '../policies/repayment-reminder.policy';
import { type CustomerState, isOnboarded } from '../state/customer-state';
import { toBusinessDate } from '../time';
import { vipGiftCalls } from './vip-gifts';
import type { ContactPriority } from '../vocabulary';

export type DueContactReason =
  | 'maturity'
  | 'repayment'
  | 'large-movement'
  | 'birthday'
  | 'holiday'
  | 'invitation'
  | 'vip-gift'
  | 'cadence'
  | 'product-launch';

export type DueContact = {
  customerId: string;
  relationshipManagerId: string;
  priority: ContactPriority;
  reason: DueContactReason;
  /** 'YYYY-MM-DD'; earlier than the worklist day when the contact is overdue. */
  dueDate: string;
  escalateToBranchHead: boolean;
  /** The maturing or repayable holding, for reasons 'maturity' and 'repayment'. */
  holdingId?: string;
  /** The VIP event invited to, for reason 'invitation'. */
  vipEventId?: string;
  /** The product being launched, for reason 'product-launch'. */
  productCode?: string;
  /** The holiday greeted, for reason 'holiday'. */
  holiday?: string;
};

/**
 * The contacts a relationship manager owes an active customer on `date` ('YYYY-MM-DD' or an ISO
 * time), most urgent first (priority, then due date). An item is due from its due date until a
 * contact answers it: a large movement, one after the instant it was valued; a maturity, one on or
 * after its due day naming the holding or about maturities; a birthday, any one on or after its
 * due day. Maturity and birthday items also lapse after their day, a repayment one after the
 * repayment day; a weekly VIP gift lapses with its week.
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

  for (const reminder of maturityReminders(state, policies.maturityReminder)) {
    const { holdingId, dueDate, maturityDate } = reminder;
    if (dueDate <= today && today <= maturityDate && !isMaturityCallAnswered(reminder))
      items.push({ ...item(1, 'maturity', dueDate), holdingId });
  }
  // A repayment reminder is a service call (ADR 0026): no consent gate.
  for (const reminder of repaymentReminders(state, policies.repaymentReminder)) {
    const { holdingId, dueDate, repaymentDate } = reminder;
    if (dueDate <= today && today <= repaymentDate && !isRepaymentCallAnswered(reminder))
      items.push({ ...item(1, 'repayment', dueDate), holdingId });
  }
  const movement = state.lastLargeMovement;
  const movementDay = movement === null ? null : toBusinessDate(movement.asOf);
  if (movement !== null && movementDay !== null && movementDay <= today)
    if (!isMovementAnswered(movement.asOf, state.lastContactAt))
      items.push({
        ...item(1, 'large-movement', movementDay),
        escalateToBranchHead: movement.escalateToBranchHead,
      });
  const birthday = birthdayReminder(state.birthDate, today, policies.birthday);
  // P2 care is marketing care: none without consent; service contacts (P1, cadence) go on.
  if (state.consent.marketing && birthday !== null && open(birthday.dueDate))
    items.push(item(2, 'birthday', birthday.dueDate));
  items.push(...vipGiftCalls(state, today, policies.vipGifts));
  const cadenceDue = nextContactDue(state, policies.contactCadence, policies.currencyRates);
  if (cadenceDue !== null && cadenceDue <= today) items.push(item(3, 'cadence', cadenceDue));

  return items.sort((a, b) => a.priority - b.priority || a.dueDate.localeCompare(b.dueDate));
}
