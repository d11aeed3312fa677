import type { JsonObject, ProductRiskLevel, ProductStatus, ProductType } from '@ledger/domain';
import type { ReadDocument } from '@ledger/read-store';
import type { WireMoney } from '../shared/wire-money';

/** One document per product, keyed by its code: GET /products and GET /products/:code. */
export const PRODUCTS = 'products';

export type ProductView = {
  code: string;
  name: string;
  productType: ProductType;
  riskLevel: ProductRiskLevel;
  currency: string;
  minimumAmount: WireMoney;
  saleOpensOn: string;
  saleClosesOn: string;
  term: number | null;
  expectedReturn: number | null;
  targetRule: JsonObject | null;
  status: ProductStatus;
  launchedAt: string;
  saleClosedAt: string | null;
  /** The UTC day of saleClosedAt: the product is not open on that day any more. */
  saleClosedOn: string | null;
  withdrawnAt: string | null;
  position: string;
};

export type ProductDocument = ReadDocument &
  ProductView & {
    _id: string;
    /** Minor units, for comparisons; stored, not answered (one money shape on the wire, ADR 0033). */
    minimumAmountMinor: number;
  };
