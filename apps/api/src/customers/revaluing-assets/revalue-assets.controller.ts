import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RevalueAssets } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForCustomer } from '../customer-decision';
import type { CustomerWritten } from '../../command-path/decision';
import { CustomerIdParams } from '../../common/customer-id.params';
import { toMinorUnits } from '../../common/money.dto';
import { RevalueAssetsDto } from './revalue-assets.dto';

@ApiTags('customer commands')
@Controller('customers')
export class RevalueAssetsController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/asset-valuations')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({
    summary: 'Record a valuation of total financial assets (AssetsRevalued, maybe TierReassessed)',
  })
  handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: RevalueAssetsDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten> {
    return decideForCustomer<RevalueAssets>(
      this.bus,
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
