import type { LifecycleStage } from '../policies/lifecycle.policy';
import type { MiningFlag } from '../policies/mining-flag';
import type { Customer } from '../state/customer-state';
import type { RiskLevel, TargetFlag, TargetView } from './target-rule';

/** What the 360 view judges at an instant (lifecycle, dormancy, mining flags) and brings from elsewhere (risk level). */
export type JudgedFacts = {
  lifecycle: LifecycleStage;
  dormant: boolean;
  riskLevel: RiskLevel | null;
  miningFlags: readonly MiningFlag[];
};

/** The facts a target rule reads: the customer's state plus the judged ones. */
export function targetViewOf(customer: Customer, judged: JudgedFacts): TargetView {
  const flags: TargetFlag[] = [];
  if (judged.dormant) flags.push('dormant');
  if (customer.consent.marketing) flags.push('marketing-consent');
  flags.push(...judged.miningFlags);
  const holdingTypes = new Set(
    Object.values(customer.holdings)
      .filter((holding) => holding.status === 'active')
      .map((holding) => holding.productType),
  );
  return {
    customerId: customer.customerId,
    active: customer.status === 'active',
    segment: customer.segment,
    tier: customer.tier,
    assetsMinor: customer.totalFinancialAssets.amountMinor,
    holdingTypes: [...holdingTypes].sort(),
    riskLevel: judged.riskLevel,
    occupation: customer.occupation,
    lifecycle: judged.lifecycle,
    flags,
  };
}
