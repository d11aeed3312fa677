import type { Actor } from '../actor';
import type { JsonObject } from '../json';
import type { Money } from '../money';
import type { ProductRiskLevel, ProductType } from '../vocabulary';

type Command<Type extends string, Body> = { type: Type; code: string; actor: Actor; now: string } & Body;

/** `productType`, not `type`: `type` is the command's own discriminator. */
export type LaunchProduct = Command<
  'LaunchProduct',
  {
    name: string;
    productType: ProductType;
    riskLevel: ProductRiskLevel;
    currency: string;
    minimumAmount: Money;
    saleOpensOn: string;
    saleClosesOn: string;
    term?: number;
    expectedReturn?: number;
    targetRule?: JsonObject;
    launchedAt?: string;
  }
>;

export type CloseProductSale = Command<'CloseProductSale', { reason: string; closedAt?: string }>;

export type WithdrawProduct = Command<'WithdrawProduct', { reason: string; withdrawnAt?: string }>;

export type ProductCommand = LaunchProduct | CloseProductSale | WithdrawProduct;
