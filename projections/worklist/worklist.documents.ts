import type { ContactPriority, Customer, DueContactReason } from '@ledger/domain';
import type { ReadDocument } from '@ledger/read-store';

/** One document per active customer: the facts due contacts are computed from, and when they fall due. */
export const WORKLIST_CUSTOMERS = 'worklist_customers';

/** A maturity call is due from the reminder day up to the maturity day itself. */
export type MaturityWindow = { from: string; to: string };

/**
 * Dates ('YYYY-MM-DD') the worklist query selects candidates by, with a range query per kind of
 * call. They may select a customer with nothing due (the domain function then says so), never miss one.
 */
export type WorklistKeys = {
  relationshipManagerId: string;
  cadenceDue: string | null;
  /** The day of an unanswered large movement. */
  largeMovementDue: string | null;
  maturityWindows: MaturityWindow[];
  /** 'MM-DD': birthdays recur, so the query matches the coming week's month-days. */
  birthdayMonthDay: string | null;
  /** A repayment call is due from the reminder day up to the repayment day (ADR 0026). */
  repaymentWindows: MaturityWindow[];
  /** Of a tier the weekly VIP gifts go to: a gift call is due some day every week. */
  vipGiftTier: boolean;
};

export type WorklistCustomer = ReadDocument &
  WorklistKeys & {
    _id: string;
    /** The domain's state, folded by its evolve and kept to what due contacts read. */
    customer: Customer;
  };

/** One contact a relationship manager owes on the day (DESIGN §3 worklist item). */
export type WorklistItem = {
  customerId: string;
  priority: ContactPriority;
  reason: DueContactReason;
  /** Earlier than the worklist's date when the call is overdue. */
  dueDate: string;
  relationshipManagerId: string;
  escalateToBranchHead: boolean;
  /** The maturing or repayable holding, for reasons "maturity" and "repayment". */
  holdingId: string | null;
  /** The VIP event, for reason "invitation" only. */
  vipEventId?: string;
  /** The product launched, for reason "product-launch" only. */
  productCode?: string;
  /** The holiday greeted, for reason 'holiday'. */
  holiday?: string;
};

/** One manager's worklist, or (relationshipManagerId null) a branch's. */
export type Worklist = {
  relationshipManagerId: string | null;
  branchId?: string;
  date: string;
  items: WorklistItem[];
};
