import type { ProductType } from '@ledger/domain';
import type { ReadDocument } from '@ledger/read-store';

/** Logical collection of the kpi-history projection: one customer's book facts (ADR 0020). */
export const KPI_BOOKS = 'kpiBooks';

/**
 * One fact of a customer's book that the performance figures read, dated by its business day.
 * Tuples with a one-letter kind keep a book about a third of the size of keyed objects (every
 * customer has one, and a rebuild writes them all): m managed (onboarding, then reassignments),
 * v valued, c contacted, s subscribed, x matured (only holdings penetration tracks), o offboarded.
 */
export type BookFact =
  | [on: string, kind: 'm', relationshipManagerId: string]
  | [on: string, kind: 'v', assetsMinor: number]
  | [on: string, kind: 'c']
  | [
      on: string,
      kind: 's',
      productType: ProductType,
      holdingId: string,
      amountMinor: number,
      currency: string,
    ]
  | [on: string, kind: 'x', holdingId: string]
  | [on: string, kind: 'o'];

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
