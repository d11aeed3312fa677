import { DomainError } from './domain-error';

export class ProductNotFound extends DomainError {
  constructor(code: string) {
    super('PRODUCT_NOT_FOUND', `product ${code} is not in the catalog`, { code });
  }
}

export class ProductAlreadyLaunched extends DomainError {
  constructor(code: string) {
    super('PRODUCT_ALREADY_LAUNCHED', `product ${code} has already been launched`, { code });
  }
}

export class ProductSaleAlreadyClosed extends DomainError {
  constructor(code: string) {
    super('PRODUCT_SALE_ALREADY_CLOSED', `the sale of product ${code} is already closed`, { code });
  }
}

export class ProductAlreadyWithdrawn extends DomainError {
  constructor(code: string) {
    super('PRODUCT_ALREADY_WITHDRAWN', `product ${code} has already been withdrawn`, { code });
  }
}

export class InvalidSaleWindow extends DomainError {
  constructor(saleOpensOn: string, saleClosesOn: string) {
    super('INVALID_SALE_WINDOW', `the sale closes (${saleClosesOn}) before it opens (${saleOpensOn})`, {
      field: 'saleClosesOn',
      saleOpensOn,
      saleClosesOn,
    });
  }
}

export class InvalidProductTerms extends DomainError {
  constructor(field: 'term' | 'expectedReturn' | 'currency' | 'minimumAmount', reason: string) {
    super('INVALID_PRODUCT_TERMS', `${field} ${reason}`, { field });
  }
}
