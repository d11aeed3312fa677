import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LoseOpportunity } from '@ledger/domain';
import { CurrentCaller } from '../../auth/caller.decorator';
import { Admits, type Caller } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForOpportunity, type OpportunityWritten } from '../opportunity-decision';
import { OpportunityIdParams } from '../opportunity-id.params';
import { LoseOpportunityDto } from './lose-opportunity.dto';

@ApiTags('opportunities')
@Controller('opportunities')
export class LoseOpportunityController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/lost')
  @Admits('relationship-manager', 'branch-head', 'admin')
  @ApiOperation({ summary: 'Close an open opportunity as lost, with the reason (OpportunityLost)' })
  handle(
    @Param() { id }: OpportunityIdParams,
    @Body() body: LoseOpportunityDto,
    @CommandRequestOf() request: CommandRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<OpportunityWritten> {
    return decideForOpportunity<LoseOpportunity>(
      this.bus,
      id,
      { type: 'LoseOpportunity', ...body },
      request,
      caller,
    );
  }
}
