import type { Product, ProductState } from './product.state';
import { isLaunched } from './product.state';

/** What a subscription is judged against: the catalog's facts about the product, as the api loaded them. */
export type ProductTerms = Pick<
  Product,
  | 'code'
  | 'productType'
  | 'riskLevel'
  | 'currency'
  | 'minimumAmount'
  | 'saleOpensOn'
  | 'saleClosesOn'
  | 'status'
  | 'saleClosedAt'
>;

/** The terms of a launched product; null for a code the catalog does not know. */
export function productTermsOf(state: ProductState): ProductTerms | null {
  if (!isLaunched(state)) return null;
  const {
    code,
    productType,
    riskLevel,
    currency,
    minimumAmount,
    saleOpensOn,
    saleClosesOn,
    status,
    saleClosedAt,
  } = state;
  return {
    code,
    productType,
    riskLevel,
    currency,
    minimumAmount,
    saleOpensOn,
    saleClosesOn,
    status,
    saleClosedAt,
  };
}
