import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Instruction, RecordMaturity, SubscribeProduct } from '@ledger/domain';
import type { CommandRequest } from '../../command-path/command-request.decorator';
import { CatalogTerms } from '../../customers/subscribing-product/catalog-terms';
import { decideForCustomer } from '../../customers/customer-decision';

/**
 * What a confirmation executes on the customer stream, through the customer's own command path
 * and rules: a buy subscribes (the holding is named after the instruction), a sell redeems its
 * holding. Same correlation id as the confirmation; a key of its own, so a retried confirmation
 * is answered from the customer's log instead of subscribing twice (ADR 0029).
 */
@Injectable()
export class ConfirmationExecution {
  constructor(
    private readonly bus: CommandBus,
    private readonly catalog: CatalogTerms,
  ) {}

  async execute(instruction: Instruction, request: CommandRequest): Promise<void> {
    const { instructionId, customerId, amount } = instruction;
    const key = `instruction-confirmation:${instructionId}`;
    const keyed = {
      ...request,
      context: { correlationId: request.context.correlationId, idempotencyKey: key },
    };
    if (instruction.side === 'sell') {
      const holdingId = instruction.holdingId ?? instructionId;
      const fields = { type: 'RecordMaturity' as const, holdingId, proceeds: amount, instructionId };
      await decideForCustomer<RecordMaturity>(this.bus, customerId, fields, keyed);
      return;
    }
    const product = await this.catalog.of(instruction.product, request.context.correlationId);
    const fields = {
      type: 'SubscribeProduct' as const,
      holdingId: instructionId,
      productCode: instruction.product,
      productType: instruction.productType,
      principal: amount,
      instructionId,
      ...(product !== undefined && { product }),
    };
    await decideForCustomer<SubscribeProduct>(this.bus, customerId, fields, keyed);
  }
}
