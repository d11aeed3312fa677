import { specificationOf } from './aggregate-specification';
import {
  type Actor,
  evolveProduct,
  initialProductState,
  money,
  type ProductEvent,
  type ProductLaunched,
  type ProductTerms,
  productAggregate,
  productTermsOf,
} from '../src';

export const PRODUCT_MANAGER: Actor = { id: 'pm-sun', role: 'product-manager' };
export const PRODUCT_CODE = 'WM-2026-001';

/** given(product history).when(command).then(events) / .thenThrows(error), over the product aggregate. */
export function givenProduct(history: ProductEvent[] = []) {
  return specificationOf(productAggregate)(history);
}

export function launched(data: Partial<ProductLaunched['data']> = {}): ProductLaunched {
  return {
    type: 'ProductLaunched',
    schemaVersion: 1,
    data: {
      code: PRODUCT_CODE,
      name: '稳健一年期理财',
      type: 'wealth',
      riskLevel: 'PR2',
      currency: 'CNY',
      minimumAmount: money(1_000_000),
      saleOpensOn: '2026-11-10',
      saleClosesOn: '2026-11-30',
      launchedAt: '2026-11-01T09:00:00.000Z',
      ...data,
    },
  };
}

/** The terms a subscription command carries, as the api loads them from the product's events. */
export function termsAfter(...events: ProductEvent[]): ProductTerms {
  const terms = productTermsOf(events.reduce(evolveProduct, initialProductState()));
  if (terms === null) throw new Error('no product launched');
  return terms;
}
