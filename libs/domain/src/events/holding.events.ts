import type { Money } from '../money';
import type { ProductType } from '../vocabulary';

export type ProductSubscribed = {
  type: 'ProductSubscribed';
  schemaVersion: 1;
  data: {
    customerId: string;
    holdingId: string;
    productCode: string;
    productType: ProductType;
    principal: Money;
    openedAt: string;
    /** 'YYYY-MM-DD'; absent for products without a term (demand deposit, credit card). */
    maturityDate?: string;
    /** The client instruction whose confirmation this subscription executes: it draws on the credit facility. */
    instructionId?: string;
  };
};

export type ProductMatured = {
  type: 'ProductMatured';
  schemaVersion: 1;
  data: {
    customerId: string;
    holdingId: string;
    maturedAt: string;
    proceeds: Money;
    /** The holding the proceeds were reinvested in. */
    rolledOverInto?: string;
    /** The client instruction (a sell) whose confirmation redeemed the holding early. */
    instructionId?: string;
  };
};

/**
 * A loan's or credit card's next repayment falls due on `dueDate` ('YYYY-MM-DD'), as the core
 * banking system schedules it; a later one replaces it (ADR 0026).
 */
export type RepaymentDueScheduled = {
  type: 'RepaymentDueScheduled';
  schemaVersion: 1;
  data: {
    customerId: string;
    holdingId: string;
    dueDate: string;
    /** What falls due, when the core system says. */
    amountDue?: Money;
    scheduledAt: string;
  };
};

/** A swing that calls for a priority-1 contact, judged under `policyVersion` when it was recorded. */
export type LargeMovement = { escalateToBranchHead: boolean; policyVersion: string };

/** `delta` is signed (a fall is negative); `previous` is zero before the first valuation. */
export type AssetsRevalued = {
  type: 'AssetsRevalued';
  schemaVersion: 1;
  data: {
    customerId: string;
    totalFinancialAssets: Money;
    previous: Money;
    delta: Money;
    largeMovement: LargeMovement | null;
    asOf: string;
  };
};

/** A corporate customer's annual revenue to the bank; a second record for a year corrects the first. */
export type ContributionRecorded = {
  type: 'ContributionRecorded';
  schemaVersion: 1;
  data: {
    customerId: string;
    year: number;
    contribution: Money;
    departmentsEngaged: number;
    /** Fraction: 0.2 = 20 % growth over the previous year. */
    growthRate: number;
    recordedAt: string;
  };
};
