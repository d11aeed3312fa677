import { DomainError } from './domain-error';

/** Refusals of a subscription under the suitability rules (适当性管理) and the product's terms. */

export class InvalidRiskAssessment extends DomainError {
  constructor(field: 'score' | 'questionnaireVersion') {
    super('INVALID_RISK_ASSESSMENT', `${field} is not a valid assessment value`, { field });
  }
}

export class RiskAssessmentExpired extends DomainError {
  constructor(productType: string, validUntil: string | null, at: string) {
    super(
      'RISK_ASSESSMENT_EXPIRED',
      validUntil === null
        ? `a ${productType} product needs a risk assessment; the customer has none`
        : `a ${productType} product needs a valid risk assessment; the last one expired at ${validUntil}`,
      { productType, validUntil, at },
    );
  }
}

export class SuitabilityMismatch extends DomainError {
  constructor(productCode: string, productRiskLevel: string, customerRiskLevel: string) {
    super(
      'SUITABILITY_MISMATCH',
      `product ${productCode} (${productRiskLevel}) is above the customer's risk level ${customerRiskLevel}`,
      { productCode, productRiskLevel, customerRiskLevel },
    );
  }
}

export class OutsideSaleWindow extends DomainError {
  constructor(productCode: string, date: string, saleOpensOn: string, saleEndsBy: string) {
    super('OUTSIDE_SALE_WINDOW', `product ${productCode} is not on sale on ${date}`, {
      productCode,
      date,
      saleOpensOn,
      saleEndsBy,
    });
  }
}

export class BelowMinimumAmount extends DomainError {
  constructor(productCode: string, principalMinor: number, minimumMinor: number) {
    super('BELOW_MINIMUM_AMOUNT', `the principal is under product ${productCode}'s minimum`, {
      field: 'principal',
      productCode,
      principalMinor,
      minimumMinor,
    });
  }
}

export class ProductTypeMismatch extends DomainError {
  constructor(productCode: string, given: string, catalog: string) {
    super('PRODUCT_TYPE_MISMATCH', `product ${productCode} is a ${catalog} product, not ${given}`, {
      field: 'productType',
      productCode,
      given,
      catalog,
    });
  }
}

export class ProductWithdrawnFromSale extends DomainError {
  constructor(productCode: string) {
    super('PRODUCT_WITHDRAWN', `product ${productCode} has been withdrawn`, { productCode });
  }
}
