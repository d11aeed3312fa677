import { type Aggregate, decidedBy } from '../aggregate/aggregate';
import type { OpportunityCommand } from './opportunity.commands';
import { decideOpportunity } from './opportunity.decider';
import { type OpportunityEvent, opportunityEventOf, opportunityOccurredAt } from './opportunity.events';
import { evolveOpportunity, initialOpportunityState, type OpportunityState } from './opportunity.state';

/** A sales opportunity (`opportunity-<id>`): one customer, one product in view, one owner (ADR 0019). */
export const opportunityAggregate: Aggregate<OpportunityCommand, OpportunityEvent, OpportunityState> = {
  category: 'opportunity',
  idOf: (command) => command.opportunityId,
  initialState: initialOpportunityState,
  evolve: evolveOpportunity,
  decide: (command, state) =>
    decidedBy(decideOpportunity(command, state), command.actor, opportunityOccurredAt),
  eventOf: opportunityEventOf,
};
