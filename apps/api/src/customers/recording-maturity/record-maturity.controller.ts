import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RecordMaturity } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../commands/command-request.decorator';
import { CustomerCommands } from '../../commands/customer-commands';
import type { CommandResult } from '../../commands/record-customer-decision.command';
import { toMinorUnits } from '../../common/money.dto';
import { HoldingParams } from '../../common/nested-id.params';
import { RecordMaturityDto } from './record-maturity.dto';

@ApiTags('customer commands')
@Controller('customers')
export class RecordMaturityController {
  constructor(private readonly commands: CustomerCommands) {}

  @Post(':id/holdings/:holdingId/maturity')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({ summary: "Record a holding's maturity (ProductMatured)" })
  async handle(
    @Param() { id, holdingId }: HoldingParams,
    @Body() body: RecordMaturityDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CommandResult & { holdingId: string }> {
    return {
      ...(await this.commands.run<RecordMaturity>(
        id,
        { type: 'RecordMaturity', ...body, holdingId, proceeds: toMinorUnits(body.proceeds) },
        request,
      )),
      holdingId,
    };
  }
}
