import { assertNever } from '../assert-never';
import type { AssertJson, JsonObject } from '../json';
import type { Money } from '../money';
import type { ProductRiskLevel, ProductType } from '../vocabulary';

/** A product enters the catalog (`product-<code>`); its sale window is in business days. */
export type ProductLaunched = {
  type: 'ProductLaunched';
  schemaVersion: 1;
  data: {
    code: string;
    name: string;
    type: ProductType;
    riskLevel: ProductRiskLevel;
    currency: string;
    /** The least principal a subscription may have, in `currency`. */
    minimumAmount: Money;
    /** 'YYYY-MM-DD', both days inclusive. */
    saleOpensOn: string;
    saleClosesOn: string;
    /** Months; absent for products without a term. */
    term?: number;
    /** Annualised fraction (0.035 = 3.5 %), as advertised: no promise. */
    expectedReturn?: number;
    /** Kept as given; the target-rule language judges it (issue 16, campaigns). */
    targetRule?: JsonObject;
    launchedAt: string;
  };
};

/** The sale ends early (or on time, recorded); subscriptions from `closedAt` on are refused. */
export type ProductSaleClosed = {
  type: 'ProductSaleClosed';
  schemaVersion: 1;
  data: { code: string; reason: string; closedAt: string };
};

/** The product leaves the catalog: nothing may be subscribed any more. */
export type ProductWithdrawn = {
  type: 'ProductWithdrawn';
  schemaVersion: 1;
  data: { code: string; reason: string; withdrawnAt: string };
};

export type ProductEvent = ProductLaunched | ProductSaleClosed | ProductWithdrawn;

export const PRODUCT_EVENT_DATA_IS_JSON: AssertJson<ProductEvent['data']> = true;

/** The published event catalog of the `product-<code>` streams (wire contracts: never rename one). */
export const PRODUCT_EVENT_TYPES = [
  'ProductLaunched',
  'ProductSaleClosed',
  'ProductWithdrawn',
] as const satisfies readonly ProductEvent['type'][];

export function isProductEventType(type: string): type is ProductEvent['type'] {
  return (PRODUCT_EVENT_TYPES as readonly string[]).includes(type);
}

export function productOccurredAtOf(event: ProductEvent): string {
  switch (event.type) {
    case 'ProductLaunched':
      return event.data.launchedAt;
    case 'ProductSaleClosed':
      return event.data.closedAt;
    case 'ProductWithdrawn':
      return event.data.withdrawnAt;
    default:
      return assertNever(event);
  }
}
