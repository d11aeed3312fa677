import { assertNever } from '../assert-never';
import { businessTime, calendarDate, instant, validMoney } from '../decide/guards';
import {
  InvalidProductTerms,
  InvalidSaleWindow,
  ProductAlreadyLaunched,
  ProductAlreadyWithdrawn,
  ProductNotFound,
  ProductSaleAlreadyClosed,
} from '../errors/product.errors';
import { optional } from '../json';
import type { CloseProductSale, LaunchProduct, ProductCommand, WithdrawProduct } from './product.commands';
import type { ProductEvent, ProductLaunched, ProductSaleClosed, ProductWithdrawn } from './product.events';
import { isLaunched, type Product, type ProductState } from './product.state';

/** The product decider: a product is launched once, its sale closed once, withdrawn once. */
export function decideProduct(command: ProductCommand, state: ProductState): ProductEvent[] {
  instant(command.now, 'now');
  switch (command.type) {
    case 'LaunchProduct':
      if (isLaunched(state)) throw new ProductAlreadyLaunched(command.code);
      return [launch(command)];
    case 'CloseProductSale':
      return [closeSale(command, withdrawable(state, command.code))];
    case 'WithdrawProduct':
      return [withdraw(command, withdrawable(state, command.code))];
    default:
      return assertNever(command);
  }
}

function withdrawable(state: ProductState, code: string): Product {
  if (!isLaunched(state)) throw new ProductNotFound(code);
  if (state.status === 'withdrawn') throw new ProductAlreadyWithdrawn(code);
  return state;
}

function launch(command: LaunchProduct): ProductLaunched {
  const minimumAmount = validMoney(command.minimumAmount, 'minimumAmount');
  if (minimumAmount.currency !== command.currency)
    throw new InvalidProductTerms('minimumAmount', `must be in the product's currency ${command.currency}`);
  const saleOpensOn = calendarDate(command.saleOpensOn, 'saleOpensOn');
  const saleClosesOn = calendarDate(command.saleClosesOn, 'saleClosesOn');
  if (saleClosesOn < saleOpensOn) throw new InvalidSaleWindow(saleOpensOn, saleClosesOn);
  const { term, expectedReturn } = command;
  if (term !== undefined && !(Number.isSafeInteger(term) && term > 0))
    throw new InvalidProductTerms('term', 'must be a positive whole number of months');
  if (expectedReturn !== undefined && !Number.isFinite(expectedReturn))
    throw new InvalidProductTerms('expectedReturn', 'must be a finite fraction');
  return {
    type: 'ProductLaunched',
    schemaVersion: 1,
    data: {
      code: command.code,
      name: command.name,
      type: command.productType,
      riskLevel: command.riskLevel,
      currency: command.currency,
      minimumAmount,
      saleOpensOn,
      saleClosesOn,
      ...optional('term', term),
      ...optional('expectedReturn', expectedReturn),
      ...optional('targetRule', command.targetRule),
      launchedAt: businessTime(command.launchedAt, command.now, 'launchedAt'),
    },
  };
}

function closeSale(command: CloseProductSale, product: Product): ProductSaleClosed {
  if (product.status === 'sale-closed') throw new ProductSaleAlreadyClosed(product.code);
  const closedAt = businessTime(command.closedAt, command.now, 'closedAt');
  return {
    type: 'ProductSaleClosed',
    schemaVersion: 1,
    data: { code: product.code, reason: command.reason, closedAt },
  };
}

function withdraw(command: WithdrawProduct, product: Product): ProductWithdrawn {
  const withdrawnAt = businessTime(command.withdrawnAt, command.now, 'withdrawnAt');
  return {
    type: 'ProductWithdrawn',
    schemaVersion: 1,
    data: { code: product.code, reason: command.reason, withdrawnAt },
  };
}
