import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestPersonalDataErasure } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForCustomer } from '../customer-decision';
import type { CustomerWritten } from '../../command-path/decision';
import { CustomerIdParams } from '../../common/customer-id.params';
import { ErasureSweep } from '../../erasure/erasure-sweep';
import { ErasePersonalDataDto } from './erase-personal-data.dto';

@ApiTags('customer commands')
@Controller('customers')
export class ErasePersonalDataController {
  constructor(
    private readonly bus: CommandBus,
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
  ): Promise<CustomerWritten & { erased: boolean }> {
    const result = await decideForCustomer<RequestPersonalDataErasure>(
      this.bus,
      id,
      { type: 'RequestPersonalDataErasure', ...body },
      request,
    );
    return { ...result, erased: await this.sweep.executeIfDue(id) };
  }
}
