import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RecordContribution } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../commands/command-request.decorator';
import { CustomerCommands } from '../../commands/customer-commands';
import type { CommandResult } from '../../commands/record-customer-decision.command';
import { CustomerIdParams } from '../../common/customer-id.params';
import { toMinorUnits } from '../../common/money.dto';
import { RecordContributionDto } from './record-contribution.dto';

@ApiTags('customer commands')
@Controller('customers')
export class RecordContributionController {
  constructor(private readonly commands: CustomerCommands) {}

  @Post(':id/contributions')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({ summary: "Record a year's contribution to the bank (ContributionRecorded)" })
  handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: RecordContributionDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CommandResult> {
    return this.commands.run<RecordContribution>(
      id,
      { type: 'RecordContribution', ...body, contribution: toMinorUnits(body.contribution) },
      request,
    );
  }
}
