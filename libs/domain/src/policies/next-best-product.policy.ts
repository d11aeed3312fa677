import { isOnSaleAt } from '../decide/suitability.decider';
import type { ProductTerms } from '../product/product-terms';
import type { Customer } from '../state/customer-state';
import { CUSTOMER_RISK_LEVELS } from '../vocabulary';
import {
  isAssessmentValidAt,
  levelPermits,
  SUITABILITY_POLICY,
  type SuitabilityPolicy,
} from './suitability.policy';

/** A suggestion with the rule that made it and the facts it read, so the manager can explain it. */
export type NextBestProduct = {
  productCode: string;
  rule: 'deposits-to-wealth';
  inputs: {
    depositsMinor: number;
    depositsAboveMinor: number;
    currency: string;
    customerRiskLevel: string;
    productRiskLevel: string;
    assessmentValidUntil: string;
  };
};

/** What a demand or time deposit holds now, in `currency`. */
export function depositsMinor(customer: Customer, currency: string): number {
  let total = 0;
  for (const id in customer.holdings) {
    const holding = customer.holdings[id]!;
    const deposit = holding.productType === 'deposit' || holding.productType === 'time-deposit';
    if (deposit && holding.status === 'active' && holding.principal.currency === currency)
      total += holding.principal.amountMinor;
  }
  return total;
}

/**
 * Seed 003: a customer with deposits above 500,000 and a steady (or bolder) assessed profile is
 * offered an open wealth product of a suitable level. Never a product the customer may not buy at
 * `now`: the sale window, a valid assessment and the level are the decider's own rules.
 * Only for a customer with marketing consent.
 */
export function nextBestProducts(
  customer: Customer,
  products: readonly ProductTerms[],
  now: string,
  policy: SuitabilityPolicy = SUITABILITY_POLICY,
): NextBestProduct[] {
  const { depositsAboveMinor, currency, minimumLevel } = policy.nextBestProducts;
  const assessment = customer.riskAssessment;
  // An offer is marketing: none without consent (ADR 0024).
  if (!customer.consent.marketing) return [];
  if (customer.status !== 'active' || assessment === null || !isAssessmentValidAt(assessment, now)) return [];
  if (CUSTOMER_RISK_LEVELS.indexOf(assessment.level) < CUSTOMER_RISK_LEVELS.indexOf(minimumLevel)) return [];
  const deposits = depositsMinor(customer, currency);
  if (deposits <= depositsAboveMinor) return [];
  return products
    .filter((product) => product.productType === 'wealth' && product.currency === currency)
    .filter((product) => product.minimumAmount.amountMinor <= deposits)
    .filter((product) => isOnSaleAt(product, now) && levelPermits(assessment.level, product.riskLevel))
    .map((product) => ({
      productCode: product.code,
      rule: 'deposits-to-wealth',
      inputs: {
        depositsMinor: deposits,
        depositsAboveMinor,
        currency,
        customerRiskLevel: assessment.level,
        productRiskLevel: product.riskLevel,
        assessmentValidUntil: assessment.validUntil,
      },
    }));
}
