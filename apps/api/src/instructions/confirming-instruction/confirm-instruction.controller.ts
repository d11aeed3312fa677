import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { IssueConfirmation } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { ConfirmationDto } from '../checking-instruction/instruction-steps.dto';
import { decideForInstruction, type InstructionWritten } from '../instruction-decision';
import { InstructionFactsLoader } from '../instruction-facts';
import { InstructionIdParams } from '../instruction-id.params';
import { ConfirmationExecution } from './confirmation-execution';

@ApiTags('instructions')
@Controller('instructions')
export class ConfirmInstructionController {
  constructor(
    private readonly bus: CommandBus,
    private readonly facts: InstructionFactsLoader,
    private readonly execution: ConfirmationExecution,
  ) {}

  @Post(':id/confirmation')
  @Admits('wealth-specialist', 'admin')
  @ApiOperation({
    summary:
      '准备交易确认单: the customer stream records the subscription (buy) or redemption (sell) through its own rules (their 422s answer here, nothing recorded on the instruction), then ConfirmationIssued; 409 INSTRUCTION_OUT_OF_ORDER before the funds check or once closed',
  })
  async handle(
    @Param() { id }: InstructionIdParams,
    @Body() body: ConfirmationDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<InstructionWritten> {
    const instruction = await this.facts.instruction(id, request.context);
    // Only an instruction waiting for its confirmation touches the customer; any other is the decider's 404/409.
    if (instruction?.expected === 'confirmation') await this.execution.execute(instruction, request);
    return decideForInstruction<IssueConfirmation>(
      this.bus,
      id,
      { type: 'IssueConfirmation', ...body },
      request,
    );
  }
}
