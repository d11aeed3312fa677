import { Injectable } from '@nestjs/common';
import {
  type CustomerFacts,
  type CustomerState,
  customerAggregate,
  isOnboarded,
  isOpened,
  lookup,
  opportunityAggregate,
  type OpportunityState,
} from '@ledger/domain';
import { AggregateRepository } from '../command-path/aggregate-repository';
import type { RequestContext } from '../command-path/decision';

/**
 * The customer facts an opportunity command is judged on, read from the customer aggregate's
 * current folded state (never from a read model): the decider, not this class, judges them.
 */
@Injectable()
export class CustomerFactsLoader {
  constructor(private readonly repository: AggregateRepository) {}

  /** The customer, naming only the holding asked for; null when it is not onboarded. */
  async customer(
    customerId: string,
    context: RequestContext,
    holdingId?: string,
  ): Promise<CustomerFacts | null> {
    const state = await this.repository.current<CustomerState>(
      customerAggregate,
      customerId,
      context.correlationId,
    );
    if (!isOnboarded(state)) return null;
    const holding = holdingId === undefined ? undefined : lookup(state.holdings, holdingId);
    return {
      customerId: state.customerId,
      relationshipManagerId: state.relationshipManagerId,
      branchId: state.branchId,
      active: state.status === 'active',
      holdings:
        holding === undefined
          ? {}
          : {
              [holding.holdingId]: {
                holdingId: holding.holdingId,
                productCode: holding.productCode,
                principal: holding.principal,
                openedAt: holding.openedAt,
              },
            },
    };
  }

  /** The customer of an opportunity, with the holding a win names; null when there is none. */
  async ofOpportunity(
    opportunityId: string,
    holdingId: string,
    context: RequestContext,
  ): Promise<CustomerFacts | null> {
    const opportunity = await this.repository.current<OpportunityState>(
      opportunityAggregate,
      opportunityId,
      context.correlationId,
    );
    return isOpened(opportunity) ? this.customer(opportunity.customerId, context, holdingId) : null;
  }
}
