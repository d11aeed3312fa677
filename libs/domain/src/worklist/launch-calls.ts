import type { JsonObject } from '../json';
import { needsRiskAssessment } from '../decide/suitability.decider';
import type { DomainPolicies } from '../policies/domain-policies';
import { isDormant } from '../policies/dormant.policy';
import { lifecycleStage } from '../policies/lifecycle.policy';
import { flagsAt, type MiningFlagPolicies } from '../policies/mining-flags';
import { matchesTargetRule } from '../targeting/match-target-rule';
import { parseTargetRule } from '../targeting/parse-target-rule';
import type { TargetRule } from '../targeting/target-rule';
import { targetViewOf } from '../targeting/target-view-of';
import { isAssessmentValidAt, levelPermits } from '../policies/suitability.policy';
import type { ProductTerms } from '../product/product-terms';
import type { Customer } from '../state/customer-state';
import { addDays } from '../time';
import type { DueContact } from './due-contacts';

/** A product as the launch calls read it: its terms and its target rule. */
export type LaunchedProduct = ProductTerms & { targetRule: TargetRule | null };

/** A catalog product for the launch calls, its target rule parsed once (it was validated at launch). */
export function launchedProduct(terms: ProductTerms, targetRule: JsonObject | null): LaunchedProduct {
  return { ...terms, targetRule: targetRule === null ? null : parseTargetRule(targetRule) };
}

/**
 * Whether the customer is among the product's targets on `day`: its rule in the campaigns' target
 * language (validated when the product was launched), judged on the customer's state that day;
 * a product without a rule targets every suitable customer.
 */
export function matchesProductTarget(
  customer: Customer,
  targetRule: TargetRule | null,
  day: string,
  policies: Pick<DomainPolicies, 'lifecycle' | 'dormant'> & MiningFlagPolicies,
): boolean {
  if (targetRule === null) return true;
  const now = `${day}T00:00:00.000Z`;
  const view = targetViewOf(customer, {
    lifecycle: lifecycleStage(customer.onboardedAt, now, policies.lifecycle),
    dormant: isDormant(customer, now, policies.dormant),
    riskLevel: customer.riskAssessment?.level ?? null,
    miningFlags: flagsAt(customer, now, policies).map((judgment) => judgment.flag),
  });
  return matchesTargetRule(targetRule, view);
}

/** Whether the customer may buy the product on `day`: the suitability rules of the decider. */
function suitableOn(customer: Customer, product: ProductTerms, day: string): boolean {
  if (!needsRiskAssessment(product.productType)) return true;
  // Documents folded before assessments existed have no field at all.
  const assessment = customer.riskAssessment ?? null;
  return (
    assessment !== null &&
    isAssessmentValidAt(assessment, `${day}T00:00:00.000Z`) &&
    levelPermits(assessment.level, product.riskLevel)
  );
}

/**
 * Seed 001 P1 (理财类最新信息: 发售前一天或者当天): every suitable customer matching the product's
 * target rule is called the day before the sale opens and on the day; due the day before.
 */
export function launchCalls(
  customer: Customer,
  products: readonly LaunchedProduct[],
  today: string,
  policies: Pick<DomainPolicies, 'lifecycle' | 'dormant'> & MiningFlagPolicies,
): DueContact[] {
  // A launch call is marketing: none without consent, even for a product without a target rule.
  if (customer.status !== 'active' || !customer.consent.marketing) return [];
  return products
    .filter((product) => product.status !== 'withdrawn')
    .filter((product) => today === product.saleOpensOn || today === addDays(product.saleOpensOn, -1))
    .filter(
      (product) =>
        suitableOn(customer, product, today) &&
        matchesProductTarget(customer, product.targetRule, today, policies),
    )
    .map((product) => ({
      customerId: customer.customerId,
      relationshipManagerId: customer.relationshipManagerId,
      priority: 1,
      reason: 'product-launch',
      dueDate: addDays(product.saleOpensOn, -1),
      escalateToBranchHead: false,
      productCode: product.code,
    }));
}
