import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AdvanceOpportunity } from '@ledger/domain';
import { CurrentCaller } from '../../auth/caller.decorator';
import { Admits, type Caller } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForOpportunity, type OpportunityWritten } from '../opportunity-decision';
import { OpportunityIdParams } from '../opportunity-id.params';
import { AdvanceOpportunityDto } from './advance-opportunity.dto';

@ApiTags('opportunities')
@Controller('opportunities')
export class AdvanceOpportunityController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/stage')
  @Admits('relationship-manager', 'branch-head', 'admin')
  @ApiOperation({ summary: 'Move an open opportunity forward to a later sales stage (OpportunityAdvanced)' })
  handle(
    @Param() { id }: OpportunityIdParams,
    @Body() body: AdvanceOpportunityDto,
    @CommandRequestOf() request: CommandRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<OpportunityWritten> {
    return decideForOpportunity<AdvanceOpportunity>(
      this.bus,
      id,
      { type: 'AdvanceOpportunity', ...body },
      request,
      caller,
    );
  }
}
