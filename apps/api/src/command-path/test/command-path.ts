import { randomUUID } from 'node:crypto';
import {
  type AggregateCommand,
  type AnyAggregate,
  DEFAULT_POLICIES,
  type DomainPolicies,
} from '@ledger/domain';
import type { EventStore } from '@ledger/event-store';
import { AggregateRepository } from '../aggregate-repository';
import { Decision, type RequestContext, type Written } from '../decision';
import { DecisionHandler } from '../decision.handler';
import { FoldedStreams } from '../folded-streams';

/** The api's command path over `store`, without Nest: one api instance with its own cache. */
export function commandPath(store: EventStore, policies: DomainPolicies = DEFAULT_POLICIES) {
  const folded = new FoldedStreams();
  const repository = new AggregateRepository(store, folded, policies.version);
  const handler = new DecisionHandler(repository, policies);
  const run = (
    aggregate: AnyAggregate,
    command: AggregateCommand,
    context: Partial<RequestContext> = {},
  ): Promise<Written> =>
    handler.execute(new Decision(aggregate, command, { correlationId: randomUUID(), ...context }));
  return { folded, repository, run };
}
