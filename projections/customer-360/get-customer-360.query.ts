import { type DomainPolicies, nextBestProducts, toBusinessDate } from '@ledger/domain';
import { productsOpenOn, termsOfView } from '../product-catalog/product-catalog.queries';
import type { ReadStore } from '@ledger/read-store';
import { CUSTOMERS, type Customer360Document } from './customer-360.document';
import type { Customer360View } from './customer-360.view';
import { connectionsOf } from './connections';
import { present } from './present';

/**
 * The 360 view of one customer at `now`, or null for an unknown customer, with its next-best
 * products (a query-time join with the products open today, judged by the domain's rule), its
 * household and its related parties.
 */
export async function getCustomer360(
  readStore: ReadStore,
  customerId: string,
  now: string,
  policies: DomainPolicies,
): Promise<Customer360View | null> {
  const document = await readStore.findOne<Customer360Document>(CUSTOMERS, { _id: customerId });
  if (document === null) return null;
  const view = { ...present(document, now, policies), ...(await connectionsOf(readStore, customerId)) };
  if (view.status !== 'active' || view.riskAssessment === null || view.riskAssessment.expired) return view;
  const open = (await productsOpenOn(readStore, toBusinessDate(now))).map(termsOfView);
  return { ...view, nextBestProducts: nextBestProducts(document.customer, open, now, policies.suitability) };
}
