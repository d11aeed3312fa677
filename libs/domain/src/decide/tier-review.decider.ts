import type { OpenTierReview } from '../commands/customer-command';
import type { TierCriteria, TierReviewOpened } from '../events/tier.events';
import {
  NoContributionRecorded,
  TierNotInScheme,
  TierReviewAlreadyExists,
} from '../errors/tier-review.errors';
import { lookup } from '../json';
import { corporateTier } from '../policies/corporate-tier.policy';
import type { DomainPolicies } from '../policies/domain-policies';
import { retailTier } from '../policies/retail-tier.policy';
import { type Customer, latestContribution } from '../state/customer-state';
import { isTierOf, type Tier } from '../tiers';
import { businessTime } from './guards';

type Assessment = { criteria: TierCriteria; computedTier: Tier; policyVersion: string };

/** The criteria snapshot the committee will decide on, and the tier the policy computes from it. */
function assess(customer: Customer, command: OpenTierReview, policies: DomainPolicies): Assessment {
  if (customer.segment === 'retail') {
    const totalFinancialAssets = customer.totalFinancialAssets;
    const computedTier = retailTier(totalFinancialAssets.amountMinor, policies.retailTier);
    const criteria: TierCriteria = { scheme: 'retail', totalFinancialAssets };
    return { criteria, computedTier, policyVersion: policies.retailTier.policyVersion };
  }
  const latest = latestContribution(customer);
  if (latest === null) throw new NoContributionRecorded();
  const { year, contribution, departmentsEngaged, growthRate } = latest;
  const specialBackground = command.specialBackground ?? 'none';
  const input = {
    contributionMinor: contribution.amountMinor,
    departmentsEngaged,
    growthRate,
    specialBackground,
  };
  const { tier, points, policyVersion } = corporateTier(input, policies.corporateTier);
  const criteria: TierCriteria = {
    scheme: 'corporate',
    year,
    contribution,
    departmentsEngaged,
    growthRate,
    specialBackground,
    points,
  };
  return { criteria, computedTier: tier, policyVersion };
}

/** Maker: records the computed tier next to the proposal (which defaults to it). */
export function openTierReview(
  command: OpenTierReview,
  customer: Customer,
  policies: DomainPolicies,
): [TierReviewOpened] {
  if (lookup(customer.tierReviews, command.reviewId) !== undefined)
    throw new TierReviewAlreadyExists(command.reviewId);
  const { criteria, computedTier, policyVersion } = assess(customer, command, policies);
  const proposedTier = command.proposedTier ?? computedTier;
  if (!isTierOf(customer.segment, proposedTier)) throw new TierNotInScheme(proposedTier, customer.segment);
  return [
    {
      type: 'TierReviewOpened',
      schemaVersion: 1,
      data: {
        customerId: customer.customerId,
        reviewId: command.reviewId,
        scheme: customer.segment,
        criteria,
        computedTier,
        proposedTier,
        rationale: command.rationale,
        requestedBy: command.actor.id,
        openedAt: businessTime(command.openedAt, command.now, 'openedAt'),
        policyVersion,
      },
    },
  ];
}
