import {
  addDays,
  type DomainPolicies,
  type DueContact,
  dueContacts,
  holidayGreetings,
  isHolidayGreetingDay,
  isCalendarDate,
  launchCalls,
  type LaunchedProduct,
  launchedProduct,
  toBusinessDate,
  vipInvitations,
} from '@ledger/domain';
import { vipEventsInviting } from '../vip-events/vip-events.queries';
import { productsOpeningOn, termsOfView } from '../product-catalog/product-catalog.queries';
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
  const birthdays = { birthdayMonthDay: { $in: birthdayMonthDays(today, policies.birthday.daysBefore) } };
  return {
    ...(relationshipManagerId !== undefined && { relationshipManagerId }),
    $or: [
      { cadenceDue: { $lte: today } },
      { largeMovementDue: { $lte: today } },
      { maturityWindows: { $elemMatch: { from: { $lte: today }, to: { $gte: today } } } },
      { repaymentWindows: { $elemMatch: { from: { $lte: today }, to: { $gte: today } } } },
      birthdays,
      { vipGiftTier: true },
    ],
  };
}

/**
 * The month-days whose birthdays may be greeted on `today`, each by name: the read store keeps
 * them as a keyed blind index (ADR 0005), which matches values, never ranges. A birthday is
 * greeted from daysBefore ahead; one day more, and 29 February whenever the 28th is in, cover a
 * 29 February birthday greeted on the 28th.
 */
export function birthdayMonthDays(today: string, daysBefore: number): string[] {
  const days = Array.from({ length: daysBefore + 2 }, (_, day) => addDays(today, day).slice(5));
  return days.includes('02-28') && !days.includes('02-29') ? [...days, '02-29'] : days;
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
  const scope = { relationshipManagerId, branchId };
  const launches = await productLaunchCalls(readStore, scope, today, policies);
  const holidays = await holidayCalls(readStore, scope, today, policies);
  const invitations = await invitationCalls(readStore, scope, today, policies);
  const items = candidates
    .flatMap((candidate) => dueContacts(candidate.customer, today, policies))
    .concat(launches, holidays, invitations)
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

/**
 * Launch calls, a query-time join: the products whose sale opens today or tomorrow (catalog read
 * model) × the manager's (or branch's) customers; the per-customer fold never reads product streams.
 * Only on launch days does it read the whole book.
 */
async function productLaunchCalls(
  readStore: ReadStore,
  { relationshipManagerId, branchId }: { relationshipManagerId?: string; branchId?: string },
  today: string,
  policies: DomainPolicies,
): Promise<DueContact[]> {
  const views = await productsOpeningOn(readStore, [today, addDays(today, 1)], today);
  if (views.length === 0) return [];
  const products: LaunchedProduct[] = views.map((view) =>
    launchedProduct(termsOfView(view), view.targetRule),
  );
  const book = await readStore.find<WorklistCustomer>(WORKLIST_CUSTOMERS, {
    ...(relationshipManagerId !== undefined && { relationshipManagerId }),
    ...(branchId !== undefined && { 'customer.branchId': branchId }),
  });
  return book.flatMap((document) => launchCalls(document.customer, products, today, policies));
}

/** Holiday greetings, like launch calls: only on a greeting day does it read the whole book. */
async function holidayCalls(
  readStore: ReadStore,
  { relationshipManagerId, branchId }: { relationshipManagerId?: string; branchId?: string },
  today: string,
  policies: DomainPolicies,
): Promise<DueContact[]> {
  if (!isHolidayGreetingDay(today, policies.holiday)) return [];
  const book = await readStore.find<WorklistCustomer>(WORKLIST_CUSTOMERS, {
    ...(relationshipManagerId !== undefined && { relationshipManagerId }),
    ...(branchId !== undefined && { 'customer.branchId': branchId }),
  });
  return book.flatMap((document) => holidayGreetings(document.customer, today, policies.holiday));
}

/** VIP event invitations, like launch calls: only in an event's invitation week does it read the whole book. */
async function invitationCalls(
  readStore: ReadStore,
  { relationshipManagerId, branchId }: { relationshipManagerId?: string; branchId?: string },
  today: string,
  policies: DomainPolicies,
): Promise<DueContact[]> {
  const events = await vipEventsInviting(readStore, today, policies.vipEvent.inviteDaysBefore);
  if (events.length === 0) return [];
  const book = await readStore.find<WorklistCustomer>(WORKLIST_CUSTOMERS, {
    ...(relationshipManagerId !== undefined && { relationshipManagerId }),
    ...(branchId !== undefined && { 'customer.branchId': branchId }),
  });
  return book.flatMap((document) => vipInvitations(document.customer, events, today, policies));
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
    ...(due.productCode !== undefined && { productCode: due.productCode }),
    ...(due.holiday !== undefined && { holiday: due.holiday }),
    ...(due.vipEventId !== undefined && { vipEventId: due.vipEventId }),
  };
}
