import type { DomainPolicies } from '@ledger/domain';
import type { ReadStore } from '@ledger/read-store';
import { CUSTOMERS, type Customer360Document } from './customer-360.document';
import type { Customer360View } from './customer-360.view';
import { present } from './present';

/** The 360 view of one customer at `now`, or null for an unknown customer. */
export async function getCustomer360(
  readStore: ReadStore,
  customerId: string,
  now: string,
  policies: DomainPolicies,
): Promise<Customer360View | null> {
  const document = await readStore.findOne<Customer360Document>(CUSTOMERS, { _id: customerId });
  return document === null ? null : present(document, now, policies);
}
