import { Injectable } from '@nestjs/common';
import {
  type CustomerState,
  customerAggregate,
  type Instruction,
  instructionAggregate,
  type InstructionCustomerFacts,
  type InstructionState,
  isOnboarded,
  isReceived,
} from '@ledger/domain';
import { AggregateRepository } from '../command-path/aggregate-repository';
import type { RequestContext } from '../command-path/decision';

/**
 * The customer's dealing mandate an instruction step is judged on, read from the customer
 * aggregate's current folded state (never a read model): the decider, not this class, judges it.
 */
@Injectable()
export class InstructionFactsLoader {
  constructor(private readonly repository: AggregateRepository) {}

  async customer(customerId: string, context: RequestContext): Promise<InstructionCustomerFacts | null> {
    const state = await this.repository.current<CustomerState>(
      customerAggregate,
      customerId,
      context.correlationId,
    );
    if (!isOnboarded(state)) return null;
    const { dealing } = state;
    return {
      customerId: state.customerId,
      segment: state.segment,
      active: state.status === 'active',
      relationshipManagerId: state.relationshipManagerId,
      branchId: state.branchId,
      ...dealing,
      activeHoldingIds: Object.values(state.holdings)
        .filter((holding) => holding.status === 'active')
        .map((holding) => holding.holdingId),
    };
  }

  /** The instruction as its stream holds it now; null before it is received. */
  async instruction(instructionId: string, context: RequestContext): Promise<Instruction | null> {
    const state = await this.repository.current<InstructionState>(
      instructionAggregate,
      instructionId,
      context.correlationId,
    );
    return isReceived(state) ? state : null;
  }

  /** The customer of an instruction; null when there is no such instruction. */
  async ofInstruction(
    instructionId: string,
    context: RequestContext,
  ): Promise<InstructionCustomerFacts | null> {
    const instruction = await this.instruction(instructionId, context);
    return instruction === null ? null : this.customer(instruction.customerId, context);
  }
}
