import type { Actor } from '../actor';
import { assertNever } from '../assert-never';
import { RELATIONSHIP_MANAGER_ROLE } from '../customer/books';
import { businessTime, validMoney } from '../decide/guards';
import { CustomerAlreadyOffboarded, CustomerNotFound } from '../errors/customer.errors';
import {
  OpportunityAlreadyOpened,
  OpportunityCampaignMismatch,
  OpportunityClosed,
  OpportunityHoldingBeforeOpening,
  OpportunityHoldingNotCustomers,
  OpportunityNotFound,
  OpportunityOwnerNotActor,
  OpportunityProductMismatch,
  OpportunityStageNotForward,
  OpportunityTimeBeforeOpening,
} from '../errors/opportunity.errors';
import { lookup, optional } from '../json';
import { toMs } from '../time';
import type {
  AdvanceOpportunity,
  LoseOpportunity,
  OpenOpportunity,
  OpportunityCommand,
  WinOpportunity,
} from './opportunity.commands';
import type { OpportunityEvent } from './opportunity.events';
import { isOpened, type Opportunity, type OpportunityState } from './opportunity.state';
import { stageRank } from './opportunity.vocabulary';

export const BRANCH_HEAD_ROLE = 'branch-head';

/** Whether the actor may see and act on something of this owner and branch (ADR 0015, ADR 0019). */
function inPipelineOf(owner: string, branchId: string, actor: Actor, actingBranchId: string | null): boolean {
  if (actor.role === RELATIONSHIP_MANAGER_ROLE) return owner === actor.id;
  if (actor.role === BRANCH_HEAD_ROLE) return branchId === actingBranchId;
  return true;
}

function open(command: OpenOpportunity, state: OpportunityState): OpportunityEvent[] {
  const { customer, actor, actingBranchId, opportunityId, source, campaignId } = command;
  if (isOpened(state)) throw new OpportunityAlreadyOpened(opportunityId);
  // A customer outside the actor's books does not exist for it, as on the customer's own routes.
  if (
    customer === null ||
    !inPipelineOf(customer.relationshipManagerId, customer.branchId, actor, actingBranchId)
  )
    throw new CustomerNotFound(command.customerId);
  if (!customer.active) throw new CustomerAlreadyOffboarded(customer.customerId);
  if ((source === 'campaign') !== (campaignId !== undefined))
    throw new OpportunityCampaignMismatch(source, campaignId !== undefined);
  const owner = command.owner ?? customer.relationshipManagerId;
  if (actor.role === RELATIONSHIP_MANAGER_ROLE && owner !== actor.id)
    throw new OpportunityOwnerNotActor(owner, actor.id);
  const data = {
    opportunityId,
    customerId: customer.customerId,
    ...optional('productCode', command.productCode),
    source,
    ...optional('campaignId', campaignId),
    expectedAmount: validMoney(command.expectedAmount, 'expectedAmount'),
    owner,
    branchId: customer.branchId,
    openedAt: businessTime(command.openedAt, command.now, 'openedAt'),
  };
  return [{ type: 'OpportunityOpened', schemaVersion: 1, data }];
}

/** The open opportunity a later command is about, in the actor's pipeline. */
function openOpportunity(command: OpportunityCommand, state: OpportunityState): Opportunity {
  if (!isOpened(state) || !inPipelineOf(state.owner, state.branchId, command.actor, command.actingBranchId))
    throw new OpportunityNotFound(command.opportunityId);
  if (state.status !== 'open') throw new OpportunityClosed(state.opportunityId, state.status);
  return state;
}

function timeAfterOpening(
  opportunity: Opportunity,
  value: string | undefined,
  now: string,
  field: string,
): string {
  const at = businessTime(value, now, field);
  if (toMs(at) < toMs(opportunity.openedAt))
    throw new OpportunityTimeBeforeOpening(field, opportunity.openedAt);
  return at;
}

function advance(command: AdvanceOpportunity, state: OpportunityState): OpportunityEvent[] {
  const opportunity = openOpportunity(command, state);
  if (stageRank(command.stage) <= stageRank(opportunity.stage))
    throw new OpportunityStageNotForward(opportunity.stage, command.stage);
  const { opportunityId, customerId } = opportunity;
  const advancedAt = timeAfterOpening(opportunity, command.advancedAt, command.now, 'advancedAt');
  const data = {
    opportunityId,
    customerId,
    stage: command.stage,
    previousStage: opportunity.stage,
    advancedAt,
  };
  return [{ type: 'OpportunityAdvanced', schemaVersion: 1, data }];
}

function win(command: WinOpportunity, state: OpportunityState): OpportunityEvent[] {
  const opportunity = openOpportunity(command, state);
  const { opportunityId, customerId, productCode } = opportunity;
  const { holdingId, customer } = command;
  const holding =
    customer === null || customer.customerId !== customerId
      ? undefined
      : lookup(customer.holdings, holdingId);
  if (holding === undefined) throw new OpportunityHoldingNotCustomers(holdingId, customerId);
  if (productCode !== null && holding.productCode !== productCode)
    throw new OpportunityProductMismatch(holdingId, productCode, holding.productCode);
  if (toMs(holding.openedAt) < toMs(opportunity.openedAt))
    throw new OpportunityHoldingBeforeOpening(holdingId, holding.openedAt, opportunity.openedAt);
  const wonAt = timeAfterOpening(opportunity, command.wonAt, command.now, 'wonAt');
  const data = {
    opportunityId,
    customerId,
    holdingId,
    productCode: holding.productCode,
    principal: holding.principal,
    wonAt,
  };
  return [{ type: 'OpportunityWon', schemaVersion: 1, data }];
}

function lose(command: LoseOpportunity, state: OpportunityState): OpportunityEvent[] {
  const opportunity = openOpportunity(command, state);
  const { opportunityId, customerId } = opportunity;
  const lostAt = timeAfterOpening(opportunity, command.lostAt, command.now, 'lostAt');
  return [
    {
      type: 'OpportunityLost',
      schemaVersion: 1,
      data: { opportunityId, customerId, reason: command.reason, lostAt },
    },
  ];
}

/** The opportunity's decider: the pipeline's rules of ADR 0019. */
export function decideOpportunity(command: OpportunityCommand, state: OpportunityState): OpportunityEvent[] {
  switch (command.type) {
    case 'OpenOpportunity':
      return open(command, state);
    case 'AdvanceOpportunity':
      return advance(command, state);
    case 'WinOpportunity':
      return win(command, state);
    case 'LoseOpportunity':
      return lose(command, state);
    default:
      return assertNever(command);
  }
}
