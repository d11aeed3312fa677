import type { CommandBus } from '@nestjs/cqrs';
import { type InstructionCommand, instructionAggregate } from '@ledger/domain';
import type { CommandRequest } from '../command-path/command-request.decorator';
import { Decision, type Written } from '../command-path/decision';

export type InstructionWritten = { instructionId: string } & Written;

type InstructionFields<C extends InstructionCommand> = Omit<C, 'actor' | 'now' | 'instructionId'>;

/** An instruction route's command on the bus; the routes answer with the instruction's id first. */
export async function decideForInstruction<C extends InstructionCommand>(
  bus: CommandBus,
  instructionId: string,
  fields: InstructionFields<C>,
  request: CommandRequest,
): Promise<InstructionWritten> {
  const command = { ...fields, instructionId } as unknown as Omit<C, 'actor' | 'now'>;
  return { instructionId, ...(await bus.execute(Decision.of<C>(instructionAggregate, command, request))) };
}
