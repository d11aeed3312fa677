import type { CommandBus } from '@nestjs/cqrs';
import { type OpportunityCommand, opportunityAggregate } from '@ledger/domain';
import type { Caller } from '../auth/roles';
import { branchOf } from '../auth/scope';
import type { CommandRequest } from '../command-path/command-request.decorator';
import { Decision, type Written } from '../command-path/decision';

export type OpportunityWritten = { opportunityId: string } & Written;

type OpportunityFields<C extends OpportunityCommand> = Omit<
  C,
  'actor' | 'now' | 'opportunityId' | 'actingBranchId'
>;

/**
 * An opportunity route's command on the bus. A branch head acts in the branch its token names
 * (403 without the claim); the decider judges whether the opportunity is in it.
 */
export async function decideForOpportunity<C extends OpportunityCommand>(
  bus: CommandBus,
  opportunityId: string,
  fields: OpportunityFields<C>,
  request: CommandRequest,
  caller: Caller,
): Promise<OpportunityWritten> {
  const actingBranchId = caller.actingRole === 'branch-head' ? branchOf(caller) : null;
  const command = { ...fields, opportunityId, actingBranchId } as unknown as Omit<C, 'actor' | 'now'>;
  return { opportunityId, ...(await bus.execute(Decision.of<C>(opportunityAggregate, command, request))) };
}
