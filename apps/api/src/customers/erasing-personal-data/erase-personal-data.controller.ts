import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestPersonalDataErasure } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../commands/command-request.decorator';
import { CustomerCommands } from '../../commands/customer-commands';
import type { CommandResult } from '../../commands/record-customer-decision.command';
import { CustomerIdParams } from '../../common/customer-id.params';
import { ErasureSweep } from '../../erasure/erasure-sweep';
import { ErasePersonalDataDto } from './erase-personal-data.dto';

@ApiTags('customer commands')
@Controller('customers')
export class ErasePersonalDataController {
  constructor(
    private readonly commands: CustomerCommands,
    private readonly sweep: ErasureSweep,
  ) {}

  @Post(':id/erasure')
  @Admits('admin')
  @ApiOperation({
    summary: 'Request erasure of personal data (restricted now, key destroyed when retention ends)',
  })
  async handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: ErasePersonalDataDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CommandResult & { erased: boolean }> {
    const result = await this.commands.run<RequestPersonalDataErasure>(
      id,
      { type: 'RequestPersonalDataErasure', ...body },
      request,
    );
    // Past the retention period already: the key is destroyed now rather than at the next hourly sweep.
    const executed = await this.sweep.sweep();
    return { ...result, erased: executed.some((erasure) => erasure.customerId === id) };
  }
}
