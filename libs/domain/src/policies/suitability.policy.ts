import { addMonths, toMs } from '../time';
import {
  type CustomerRiskLevel,
  CUSTOMER_RISK_LEVELS,
  type ProductRiskLevel,
  PRODUCT_RISK_LEVELS,
} from '../vocabulary';

/**
 * Suitability (适当性管理). How long a risk questionnaire stays valid is the bank's to set: one year is
 * the usual practice and the default. Next-best products (seed 003: 存款50万以上且风险偏好稳健的客户可以推荐理财)
 * need deposits above `depositsAboveMinor` in `currency`.
 */
export type SuitabilityPolicy = {
  policyVersion: string;
  assessmentValidMonths: number;
  /** `minimumLevel`: the least assessed level counted as a steady (稳健, C2) or bolder profile. */
  nextBestProducts: { depositsAboveMinor: number; currency: string; minimumLevel: CustomerRiskLevel };
};

export const SUITABILITY_POLICY: SuitabilityPolicy = {
  policyVersion: 'suitability/v1',
  assessmentValidMonths: 12,
  nextBestProducts: { depositsAboveMinor: 50_000_000, currency: 'CNY', minimumLevel: 'C2' },
};

/** When an assessment made at `assessedAt` stops being valid. */
export function assessmentValidUntil(assessedAt: string, policy = SUITABILITY_POLICY): string {
  return addMonths(assessedAt, policy.assessmentValidMonths);
}

/** Valid at `at`: made at or before it, and not yet expired. */
export function isAssessmentValidAt(
  assessment: { assessedAt: string; validUntil: string },
  at: string,
): boolean {
  const ms = toMs(at);
  return toMs(assessment.assessedAt) <= ms && ms < toMs(assessment.validUntil);
}

/** A customer may buy a product whose risk level is at most their own (C3 may buy PR1–PR3). */
export function levelPermits(customer: CustomerRiskLevel, product: ProductRiskLevel): boolean {
  return PRODUCT_RISK_LEVELS.indexOf(product) <= CUSTOMER_RISK_LEVELS.indexOf(customer);
}
