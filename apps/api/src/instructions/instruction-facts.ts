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
    const state = await this.state<CustomerState>(customerAggregate, customerId, context);
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
    const state = await this.state<InstructionState>(instructionAggregate, instructionId, context);
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

  /** Without an idempotency key a load always folds. */
  private async state<State>(
    aggregate: typeof customerAggregate | typeof instructionAggregate,
    id: string,
    { correlationId }: RequestContext,
  ): Promise<State> {
    const loaded = await this.repository.load<State>(aggregate, id, { correlationId });
    if (!('folded' in loaded)) throw new Error('a load without an idempotency key always folds');
    return loaded.folded.state;
  }
}
