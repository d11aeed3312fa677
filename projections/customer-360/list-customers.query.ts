import type { DomainPolicies } from '@ledger/domain';
import type { ReadStore, Sort } from '@ledger/read-store';
import { type Page, type PageRequest, pageWindow } from '../shared/paging';
import { CUSTOMERS, type Customer360Document } from './customer-360.document';
import type { Customer360View } from './customer-360.view';
import { type CustomerListFilters, customerFilter } from './customer-filters';
import { present } from './present';
import { branchStandings } from './branch-standing';

/** What a list sorts by; `-` before it (in the API) sorts descending. Ties go by customer id. */
export const CUSTOMER_SORT_FIELDS = [
  'customerId',
  'name',
  'nextContactDue',
  'lastActivityAt',
  'onboardedAt',
] as const;
export type CustomerSortField = (typeof CUSTOMER_SORT_FIELDS)[number];
export type CustomerSort = { field: CustomerSortField; descending: boolean };

/** Names are sealed: a list sorted by name is opened and sorted in memory, so it must be this narrow. */
export const NAME_SORT_LIMIT = 2_000;

export type CustomerListQuery = CustomerListFilters & PageRequest & { sort?: CustomerSort };

/** sort=name over more customers than NAME_SORT_LIMIT: the caller narrows the query first. */
export class NameSortTooWide extends Error {
  constructor(readonly total: number) {
    super(
      `sort=name orders at most ${NAME_SORT_LIMIT} customers (names are sealed); this query has ${total}`,
    );
    this.name = 'NameSortTooWide';
  }
}

const STORE_FIELDS: Record<Exclude<CustomerSortField, 'name'>, string> = {
  customerId: '_id',
  nextContactDue: 'nextContactDue',
  lastActivityAt: 'lastActivityAt',
  onboardedAt: 'customer.onboardedAt',
};

// Pinyin order, as a Chinese bank's lists are read; Latin names sort among them.
const BY_NAME = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

/**
 * GET /customers: one page of 360 views at `now` with the total; the filter runs in the store,
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
  const sort = query.sort ?? { field: 'customerId', descending: false };
  const direction: 1 | -1 = sort.descending ? -1 : 1;
  if (sort.field === 'name') {
    const total = await readStore.count(CUSTOMERS, filter);
    if (total > NAME_SORT_LIMIT) throw new NameSortTooWide(total);
    const all = await readStore.find<Customer360Document>(CUSTOMERS, filter, { sort: { _id: 1 } });
    all.sort(
      (a, b) => direction * BY_NAME.compare(a.customer.name, b.customer.name) || a._id.localeCompare(b._id),
    );
    const items = all.slice(skip, skip + limit).map((document) => present(document, now, policies));
    return { items, page, limit, total };
  }
  const by = STORE_FIELDS[sort.field];
  const order: Sort = by === '_id' ? { _id: direction } : { [by]: direction, _id: 1 };
  const [documents, total] = await Promise.all([
    readStore.find<Customer360Document>(CUSTOMERS, filter, { sort: order, skip, limit }),
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
