import type { ProductType } from '@ledger/domain';
import type { ReadDocument } from '@ledger/read-store';

/** Logical collection of the kpi-history projection: one customer's book facts (ADR 0020). */
export const KPI_BOOKS = 'kpiBooks';

/**
 * One fact of a customer's book that the relationship managers' performance figures read, dated by
 * its business day (`on`). `managed` is onboarding (the first) or a reassignment.
 */
export type BookFact =
  | { on: string; kind: 'managed'; by: string }
  | { on: string; kind: 'valued'; assetsMinor: number }
  | { on: string; kind: 'contacted' }
  | {
      on: string;
      kind: 'subscribed';
      holdingId: string;
      productType: ProductType;
      amountMinor: number;
      currency: string;
    }
  | { on: string; kind: 'matured'; holdingId: string }
  | { on: string; kind: 'offboarded' };

/**
 * A customer's book facts in business-day order (equal days in stream order), so the query can
 * replay them under the cadence policy it is given and say who held the customer on any day.
 * Bounded by the customer's own events, like kpiCustomers' adjustments.
 */
export interface KpiBook extends ReadDocument {
  /** Recorded at onboarding and never changed (ADR 0015). */
  branchId: string;
  /** Every manager that ever held the customer: the filter for one manager's figures. */
  relationshipManagers: string[];
  facts: BookFact[];
}
