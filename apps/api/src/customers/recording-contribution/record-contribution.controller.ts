import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RecordContribution } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForCustomer } from '../customer-decision';
import type { CustomerWritten } from '../../command-path/decision';
import { CustomerIdParams } from '../../common/customer-id.params';
import { toMinorUnits } from '../../common/money.dto';
import { RecordContributionDto } from './record-contribution.dto';

@ApiTags('customer commands')
@Controller('customers')
export class RecordContributionController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/contributions')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({ summary: "Record a year's contribution to the bank (ContributionRecorded)" })
  handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: RecordContributionDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten> {
    return decideForCustomer<RecordContribution>(
      this.bus,
      id,
      { type: 'RecordContribution', ...body, contribution: toMinorUnits(body.contribution) },
      request,
    );
  }
}
