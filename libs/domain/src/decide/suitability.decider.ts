import type { AssessRiskProfile, SubscribeProduct } from '../commands/customer-command';
import { CurrencyMismatch } from '../errors/value.errors';
import {
  BelowMinimumAmount,
  InvalidRiskAssessment,
  OutsideSaleWindow,
  ProductTypeMismatch,
  ProductWithdrawnFromSale,
  RiskAssessmentExpired,
  SuitabilityMismatch,
} from '../errors/suitability.errors';
import type { RiskProfileAssessed } from '../events/suitability.events';
import type { Money } from '../money';
import {
  assessmentValidUntil,
  isAssessmentValidAt,
  levelPermits,
  type SuitabilityPolicy,
} from '../policies/suitability.policy';
import type { ProductTerms } from '../product/product-terms';
import type { Customer } from '../state/customer-state';
import { toBusinessDate, toMs } from '../time';
import { RISK_ASSESSED_PRODUCT_TYPES, type ProductType } from '../vocabulary';
import { businessTime } from './guards';

export function assessRiskProfile(
  command: AssessRiskProfile,
  customer: Customer,
  policy: SuitabilityPolicy,
): [RiskProfileAssessed] {
  const { level, score, questionnaireVersion } = command;
  if (!Number.isFinite(score) || score < 0) throw new InvalidRiskAssessment('score');
  if (questionnaireVersion.trim() === '') throw new InvalidRiskAssessment('questionnaireVersion');
  const assessedAt = businessTime(command.assessedAt, command.now, 'assessedAt');
  return [
    {
      type: 'RiskProfileAssessed',
      schemaVersion: 1,
      data: {
        customerId: customer.customerId,
        level,
        score,
        questionnaireVersion,
        assessedAt,
        validUntil: assessmentValidUntil(assessedAt, policy),
      },
    },
  ];
}

export function needsRiskAssessment(productType: ProductType): boolean {
  return (RISK_ASSESSED_PRODUCT_TYPES as readonly ProductType[]).includes(productType);
}

/**
 * Whether the customer may buy the product at `openedAt`, in this order: the catalog's terms
 * (withdrawn, type, sale window, currency, minimum), then the legal rule (a valid assessment for
 * wealth, fund and insurance, known to the catalog or not), then the level (the product's risk at
 * most the customer's). Throws the first rule broken; returns nothing when every rule holds.
 */
export function judgeSuitability(
  command: SubscribeProduct,
  customer: Customer,
  principal: Money,
  openedAt: string,
): void {
  const { product } = command;
  if (product !== undefined) judgeTerms(command, product, principal, openedAt);
  if (!needsRiskAssessment(command.productType)) return;
  const assessment = customer.riskAssessment;
  if (assessment === null || !isAssessmentValidAt(assessment, openedAt))
    throw new RiskAssessmentExpired(command.productType, assessment?.validUntil ?? null, openedAt);
  if (product !== undefined && !levelPermits(assessment.level, product.riskLevel))
    throw new SuitabilityMismatch(product.code, product.riskLevel, assessment.level);
}

function judgeTerms(
  command: SubscribeProduct,
  product: ProductTerms,
  principal: Money,
  openedAt: string,
): void {
  if (product.status === 'withdrawn') throw new ProductWithdrawnFromSale(product.code);
  if (product.productType !== command.productType)
    throw new ProductTypeMismatch(product.code, command.productType, product.productType);
  if (!isOnSaleAt(product, openedAt)) {
    const endsBy = product.saleClosedAt === null ? product.saleClosesOn : product.saleClosedAt;
    throw new OutsideSaleWindow(product.code, toBusinessDate(openedAt), product.saleOpensOn, endsBy);
  }
  if (principal.currency !== product.currency)
    throw new CurrencyMismatch('principal', product.currency, principal.currency);
  if (principal.amountMinor < product.minimumAmount.amountMinor)
    throw new BelowMinimumAmount(product.code, principal.amountMinor, product.minimumAmount.amountMinor);
}

/** Inside the sale window (both days inclusive) and before an early closure. */
export function isOnSaleAt(product: ProductTerms, at: string): boolean {
  if (product.status === 'withdrawn') return false;
  const day = toBusinessDate(at);
  if (day < product.saleOpensOn || day > product.saleClosesOn) return false;
  return product.saleClosedAt === null || toMs(at) < toMs(product.saleClosedAt);
}
