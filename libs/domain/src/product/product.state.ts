import type { JsonObject } from '../json';
import type { Money } from '../money';
import type { ProductRiskLevel, ProductType } from '../vocabulary';
import type { ProductEvent } from './product.events';
import { assertNever } from '../assert-never';

export type ProductStatus = 'on-sale' | 'sale-closed' | 'withdrawn';

export type Product = {
  status: ProductStatus;
  code: string;
  name: string;
  productType: ProductType;
  riskLevel: ProductRiskLevel;
  currency: string;
  minimumAmount: Money;
  saleOpensOn: string;
  saleClosesOn: string;
  term: number | null;
  expectedReturn: number | null;
  targetRule: JsonObject | null;
  launchedAt: string;
  saleClosedAt: string | null;
  withdrawnAt: string | null;
};

export type ProductState = { status: 'not-launched' } | Product;

export function initialProductState(): ProductState {
  return { status: 'not-launched' };
}

export function isLaunched(state: ProductState): state is Product {
  return state.status !== 'not-launched';
}

/** Never throws: an event the state cannot place leaves it as it was. */
export function evolveProduct(state: ProductState, event: ProductEvent): ProductState {
  switch (event.type) {
    case 'ProductLaunched': {
      if (isLaunched(state)) return state;
      const { type, term, expectedReturn, targetRule, ...terms } = event.data;
      return {
        ...terms,
        status: 'on-sale',
        productType: type,
        term: term ?? null,
        expectedReturn: expectedReturn ?? null,
        targetRule: targetRule ?? null,
        saleClosedAt: null,
        withdrawnAt: null,
      };
    }
    case 'ProductSaleClosed':
      return isLaunched(state) && state.status === 'on-sale'
        ? { ...state, status: 'sale-closed', saleClosedAt: event.data.closedAt }
        : state;
    case 'ProductWithdrawn':
      return isLaunched(state)
        ? { ...state, status: 'withdrawn', withdrawnAt: event.data.withdrawnAt }
        : state;
    default:
      return assertNever(event);
  }
}
