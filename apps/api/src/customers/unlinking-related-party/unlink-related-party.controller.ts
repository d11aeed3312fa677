import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { UnlinkRelatedParty } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import type { CustomerWritten } from '../../command-path/decision';
import { decideForCustomer } from '../customer-decision';
import { RelatedPartyParams, UnlinkRelatedPartyDto } from './unlink-related-party.dto';

@ApiTags('customer commands')
@Controller('customers')
export class UnlinkRelatedPartyController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/related-parties/:personId/unlink')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({
    summary:
      "Undo the corporate client's link to the person (RelatedPartyUnlinked); 422 RELATED_PARTY_NOT_LINKED when there is none",
  })
  handle(
    @Param() { id, personId }: RelatedPartyParams,
    @Body() body: UnlinkRelatedPartyDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten> {
    return decideForCustomer<UnlinkRelatedParty>(
      this.bus,
      id,
      { type: 'UnlinkRelatedParty', personId, ...body },
      request,
    );
  }
}
