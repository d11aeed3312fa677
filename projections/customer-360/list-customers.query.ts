import type { DomainPolicies } from '@ledger/domain';
import type { ReadStore } from '@ledger/read-store';
import { type Page, type PageRequest, pageWindow } from '../shared/paging';
import { CUSTOMERS, type Customer360Document } from './customer-360.document';
import type { Customer360View } from './customer-360.view';
import { type CustomerListFilters, customerFilter } from './customer-filters';
import { present } from './present';
import { branchStandings } from './branch-standing';

export type CustomerListQuery = CustomerListFilters & PageRequest;

/**
 * GET /customers: one page of 360 views at `now`, by customer id; the filter runs in the store,
 * under the policy set the read model's keys were computed with.
 */
export async function listCustomers(
  readStore: ReadStore,
  query: CustomerListQuery,
  now: string,
  policies: DomainPolicies,
): Promise<Page<Customer360View>> {
  const filter = customerFilter(query, now, policies);
  const { page, limit, skip } = pageWindow(query);
  const [documents, total] = await Promise.all([
    readStore.find<Customer360Document>(CUSTOMERS, filter, { sort: { _id: 1 }, skip, limit }),
    readStore.count(CUSTOMERS, filter),
  ]);
  // The decile is measured once per branch on the page; `?flag=advantage` filters by the tier half only (ADR 0028).
  const standings = await branchStandings(
    readStore,
    documents
      .filter((document) => (document.contributionMinor ?? null) !== null)
      .map((document) => document.customer.branchId),
    policies,
  );
  const items = documents.map((document) =>
    present(document, now, policies, standings.get(document.customer.branchId) ?? null),
  );
  return { items, page, limit, total };
}
