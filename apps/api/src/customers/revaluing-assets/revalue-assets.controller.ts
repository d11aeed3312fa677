import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RevalueAssets } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../commands/command-request.decorator';
import { CustomerCommands } from '../../commands/customer-commands';
import type { CommandResult } from '../../commands/record-customer-decision.command';
import { CustomerIdParams } from '../../common/customer-id.params';
import { toMinorUnits } from '../../common/money.dto';
import { RevalueAssetsDto } from './revalue-assets.dto';

@ApiTags('customer commands')
@Controller('customers')
export class RevalueAssetsController {
  constructor(private readonly commands: CustomerCommands) {}

  @Post(':id/asset-valuations')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({
    summary: 'Record a valuation of total financial assets (AssetsRevalued, maybe TierReassessed)',
  })
  handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: RevalueAssetsDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CommandResult> {
    return this.commands.run<RevalueAssets>(
      id,
      {
        type: 'RevalueAssets',
        totalFinancialAssets: toMinorUnits(body.totalFinancialAssets),
        asOf: body.asOf,
      },
      request,
    );
  }
}
