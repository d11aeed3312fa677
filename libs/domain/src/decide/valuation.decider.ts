import type { RecordContribution, RevalueAssets } from '../commands/customer-command';
import type { AssetsRevalued, ContributionRecorded } from '../events/holding.events';
import type { TierReassessed } from '../events/tier.events';
import { InvalidContributionCriteria, ValuationOutOfOrder } from '../errors/holding.errors';
import { jsonNumber } from '../json';
import type { Money } from '../money';
import type { DomainPolicies } from '../policies/domain-policies';
import { assessLargeMovement } from '../policies/large-movement.policy';
import { retailTier } from '../policies/retail-tier.policy';
import { SYSTEM_ACTOR } from '../actor';
import type { Customer } from '../state/customer-state';
import { toMs } from '../time';
import { businessTime, moneyIn } from './guards';

/** Records the new total; a retail valuation that crosses a tier boundary also moves the tier. */
export function revalueAssets(
  command: RevalueAssets,
  customer: Customer,
  policies: DomainPolicies,
): [AssetsRevalued] | [AssetsRevalued, TierReassessed] {
  const total = moneyIn(command.totalFinancialAssets, policies.retailTier.currency, 'totalFinancialAssets');
  const asOf = businessTime(command.asOf, command.now, 'asOf');
  if (customer.lastValuationAt !== null && toMs(asOf) < toMs(customer.lastValuationAt))
    throw new ValuationOutOfOrder(asOf, customer.lastValuationAt);
  const previous = customer.totalFinancialAssets;
  const revalued: AssetsRevalued = {
    type: 'AssetsRevalued',
    schemaVersion: 1,
    data: {
      customerId: customer.customerId,
      totalFinancialAssets: total,
      previous: { amountMinor: previous.amountMinor, currency: total.currency },
      delta: { amountMinor: total.amountMinor - previous.amountMinor, currency: total.currency },
      largeMovement: assessLargeMovement(
        customer.lastValuationAt === null ? null : previous.amountMinor,
        total.amountMinor,
        policies.largeMovement,
      ),
      asOf,
    },
  };
  const reassessed = retailReassessment(customer, total, asOf, policies);
  return reassessed === null ? [revalued] : [revalued, reassessed];
}

/**
 * Only a crossing moves the tier: when the previous and new totals fall in the same band the tier
 * stays, so a committee's override holds until the assets cross a boundary again.
 */
function retailReassessment(
  customer: Customer,
  total: Money,
  asOf: string,
  policies: DomainPolicies,
): TierReassessed | null {
  if (customer.segment !== 'retail') return null;
  const before = retailTier(customer.totalFinancialAssets.amountMinor, policies.retailTier);
  const after = retailTier(total.amountMinor, policies.retailTier);
  if (before === after || after === customer.tier) return null;
  return {
    type: 'TierReassessed',
    schemaVersion: 1,
    data: {
      customerId: customer.customerId,
      reviewId: null,
      scheme: 'retail',
      fromTier: customer.tier,
      toTier: after,
      computedTier: after,
      override: false,
      overrideReason: null,
      reason: `total financial assets moved from the ${before} band to the ${after} band`,
      criteria: { scheme: 'retail', totalFinancialAssets: total },
      committee: [],
      requestedBy: null,
      decidedBy: SYSTEM_ACTOR.id,
      effectiveAt: asOf,
      policyVersion: policies.retailTier.policyVersion,
    },
  };
}

export function recordContribution(
  command: RecordContribution,
  customer: Customer,
  policies: DomainPolicies,
): [ContributionRecorded] {
  const { year, departmentsEngaged } = command;
  const growthRate = jsonNumber(command.growthRate);
  const contribution = moneyIn(command.contribution, policies.corporateTier.currency, 'contribution');
  if (!Number.isInteger(year) || year < 1) throw new InvalidContributionCriteria('year');
  if (!Number.isInteger(departmentsEngaged) || departmentsEngaged < 1)
    throw new InvalidContributionCriteria('departmentsEngaged');
  // Revenue cannot fall by more than all of it.
  if (!Number.isFinite(growthRate) || growthRate < -1) throw new InvalidContributionCriteria('growthRate');
  return [
    {
      type: 'ContributionRecorded',
      schemaVersion: 1,
      data: {
        customerId: customer.customerId,
        year,
        contribution,
        departmentsEngaged,
        growthRate,
        recordedAt: businessTime(command.recordedAt, command.now, 'recordedAt'),
      },
    },
  ];
}
