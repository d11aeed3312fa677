import { type Aggregate, decidedBy } from '../aggregate/aggregate';
import type { InstructionCommand } from './instruction.commands';
import { decideInstruction } from './instruction.decider';
import { type InstructionEvent, instructionEventOf, instructionOccurredAt } from './instruction.events';
import { evolveInstruction, initialInstructionState, type InstructionState } from './instruction.state';

/** A client's dealing instruction (`instruction-<id>`), checked step by step (seed 000, ADR 0029). */
export const instructionAggregate: Aggregate<InstructionCommand, InstructionEvent, InstructionState> = {
  category: 'instruction',
  idOf: (command) => command.instructionId,
  initialState: initialInstructionState,
  evolve: evolveInstruction,
  decide: (command, state, policies) =>
    decidedBy(
      decideInstruction(command, state, policies.instruction, policies.version),
      command.actor,
      instructionOccurredAt,
    ),
  eventOf: instructionEventOf,
};
