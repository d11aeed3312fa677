import {
  addDays,
  type DomainPolicies,
  type DueContact,
  dueContacts,
  isCalendarDate,
  toBusinessDate,
} from '@ledger/domain';
import type { Filter, ReadStore } from '@ledger/read-store';
import { instantOf } from '../shared/time-range';
import {
  WORKLIST_CUSTOMERS,
  type Worklist,
  type WorklistCustomer,
  type WorklistItem,
} from './worklist.documents';

export type WorklistQuery = {
  /** One manager's calls; without it, every manager's in the branch (a branch head's view). */
  relationshipManagerId?: string;
  branchId?: string;
  /** 'YYYY-MM-DD' or an ISO time */ date: string;
};

/** The customers who may owe a call on `today`: one indexed range per kind of call. */
export function worklistCandidates(
  relationshipManagerId: string | undefined,
  today: string,
  policies: DomainPolicies,
): Filter {
  // A birthday is greeted from daysBefore ahead; one day more covers 29 February kept on the 28th.
  const from = today.slice(5);
  const to = addDays(today, policies.birthday.daysBefore + 1).slice(5);
  const birthdays =
    from <= to
      ? [{ birthdayMonthDay: { $gte: from, $lte: to } }]
      : [{ birthdayMonthDay: { $gte: from } }, { birthdayMonthDay: { $lte: to } }]; // across New Year
  return {
    ...(relationshipManagerId !== undefined && { relationshipManagerId }),
    $or: [
      { cadenceDue: { $lte: today } },
      { largeMovementDue: { $lte: today } },
      { maturityWindows: { $elemMatch: { from: { $lte: today }, to: { $gte: today } } } },
      ...birthdays,
    ],
  };
}

/** GET /worklist: the calls a relationship manager owes on the day, by priority, then due date. */
export async function getWorklist(
  readStore: ReadStore,
  { relationshipManagerId, branchId, date }: WorklistQuery,
  policies: DomainPolicies,
): Promise<Worklist> {
  const today = isCalendarDate(date) ? date : toBusinessDate(instantOf(date));
  const filter = {
    ...worklistCandidates(relationshipManagerId, today, policies),
    // The branch never changes after onboarding: the folded state's field, no key of its own.
    ...(branchId !== undefined && { 'customer.branchId': branchId }),
  };
  const candidates = await readStore.find<WorklistCustomer>(WORKLIST_CUSTOMERS, filter);
  const items = candidates
    .flatMap((candidate) => dueContacts(candidate.customer, today, policies))
    .map(toItem)
    .sort(
      (a, b) =>
        a.priority - b.priority ||
        a.dueDate.localeCompare(b.dueDate) ||
        a.customerId.localeCompare(b.customerId) ||
        a.reason.localeCompare(b.reason),
    );
  return {
    relationshipManagerId: relationshipManagerId ?? null,
    ...(branchId !== undefined && { branchId }),
    date: today,
    items,
  };
}

function toItem(due: DueContact): WorklistItem {
  const { customerId, priority, reason, dueDate, relationshipManagerId, escalateToBranchHead } = due;
  return {
    customerId,
    priority,
    reason,
    dueDate,
    relationshipManagerId,
    escalateToBranchHead,
    holdingId: due.holdingId ?? null,
  };
}
