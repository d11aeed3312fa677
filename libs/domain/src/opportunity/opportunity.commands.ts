import type { Actor } from '../actor';
import type { Money } from '../money';
import type { OpportunitySource, OpportunityStage } from './opportunity.vocabulary';

/**
 * The customer as the api found it when the command arrived (its aggregate's folded state): the
 * facts an opportunity is judged on. Null when no such customer is onboarded.
 */
export type CustomerFacts = {
  customerId: string;
  relationshipManagerId: string;
  branchId: string;
  active: boolean;
  /** The customer's holdings, only those the command names. */
  holdings: Record<string, HoldingFacts>;
};

export type HoldingFacts = { holdingId: string; productCode: string; principal: Money; openedAt: string };

type OpportunityCommandBase = {
  opportunityId: string;
  actor: Actor;
  now: string;
  /** The branch a branch head heads (token claim `branchId`): the only branch it may act in. */
  actingBranchId: string | null;
};

export type OpenOpportunity = OpportunityCommandBase & {
  type: 'OpenOpportunity';
  customerId: string;
  customer: CustomerFacts | null;
  productCode?: string;
  source: OpportunitySource;
  campaignId?: string;
  expectedAmount: Money;
  /** Defaults to the customer's relationship manager. */
  owner?: string;
  openedAt?: string;
};

export type AdvanceOpportunity = OpportunityCommandBase & {
  type: 'AdvanceOpportunity';
  stage: OpportunityStage;
  advancedAt?: string;
};

export type WinOpportunity = OpportunityCommandBase & {
  type: 'WinOpportunity';
  holdingId: string;
  /** The opportunity's customer as loaded for this command (null if it was not found). */
  customer: CustomerFacts | null;
  wonAt?: string;
};

export type LoseOpportunity = OpportunityCommandBase & {
  type: 'LoseOpportunity';
  reason: string;
  lostAt?: string;
};

export type OpportunityCommand = OpenOpportunity | AdvanceOpportunity | WinOpportunity | LoseOpportunity;
