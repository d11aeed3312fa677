import type { CommandBus } from '@nestjs/cqrs';
import { type HouseholdCommand, householdAggregate } from '@ledger/domain';
import type { CommandRequest } from '../command-path/command-request.decorator';
import { Decision, type Written } from '../command-path/decision';

export type HouseholdWritten = { householdId: string } & Written;

type HouseholdFields<C extends HouseholdCommand> = Omit<C, 'actor' | 'now' | 'householdId'>;

/** A household route's command on the bus; household routes answer with the household's id first. */
export async function decideForHousehold<C extends HouseholdCommand>(
  bus: CommandBus,
  householdId: string,
  fields: HouseholdFields<C>,
  request: CommandRequest,
): Promise<HouseholdWritten> {
  const command = { ...fields, householdId } as unknown as Omit<C, 'actor' | 'now'>;
  return { householdId, ...(await bus.execute(Decision.of<C>(householdAggregate, command, request))) };
}
