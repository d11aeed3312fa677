import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RecordMaturity } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForCustomer } from '../customer-decision';
import type { CustomerWritten } from '../../command-path/decision';
import { toMinorUnits } from '../../common/money.dto';
import { HoldingParams } from '../../common/nested-id.params';
import { RecordMaturityDto } from './record-maturity.dto';

@ApiTags('customer commands')
@Controller('customers')
export class RecordMaturityController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/holdings/:holdingId/maturity')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({ summary: "Record a holding's maturity (ProductMatured)" })
  async handle(
    @Param() { id, holdingId }: HoldingParams,
    @Body() body: RecordMaturityDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten & { holdingId: string }> {
    return {
      ...(await decideForCustomer<RecordMaturity>(
        this.bus,
        id,
        { type: 'RecordMaturity', ...body, holdingId, proceeds: toMinorUnits(body.proceeds) },
        request,
      )),
      holdingId,
    };
  }
}
