import { randomUUID } from 'node:crypto';
import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ReceiveInstruction } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { derivedId } from '../../command-path/idempotency';
import { toMinorUnits } from '../../common/money.dto';
import { decideForInstruction, type InstructionWritten } from '../instruction-decision';
import { InstructionFactsLoader } from '../instruction-facts';
import { ReceiveInstructionDto } from './receive-instruction.dto';

@ApiTags('instructions')
@Controller('instructions')
export class ReceiveInstructionController {
  constructor(
    private readonly bus: CommandBus,
    private readonly facts: InstructionFactsLoader,
  ) {}

  @Post()
  @Admits('wealth-specialist', 'admin')
  @ApiOperation({
    summary:
      "Receive a corporate client's dealing instruction (InstructionReceived); the caller is recorded as receivedBy. 422 CORPORATE_CUSTOMER_ONLY, INSTRUCTION_HOLDING_MISMATCH",
  })
  async handle(
    @Body() { instructionId: given, amount, ...body }: ReceiveInstructionDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<InstructionWritten> {
    const instructionId = given ?? derivedId(request.context.idempotencyKey, 'instructionId', randomUUID);
    const customer = await this.facts.customer(body.customerId, request.context);
    return decideForInstruction<ReceiveInstruction>(
      this.bus,
      instructionId,
      { type: 'ReceiveInstruction', ...body, customer, amount: toMinorUnits(amount) },
      request,
    );
  }
}
