import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LinkRelatedParty } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import type { CustomerWritten } from '../../command-path/decision';
import { CustomerIdParams } from '../../common/customer-id.params';
import { decideForCustomer } from '../customer-decision';
import { LinkRelatedPartyDto } from './link-related-party.dto';
import { PartyFactsLoader } from './party-facts';

@ApiTags('customer commands')
@Controller('customers')
export class LinkRelatedPartyController {
  constructor(
    private readonly bus: CommandBus,
    private readonly parties: PartyFactsLoader,
  ) {}

  @Post(':id/related-parties')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({
    summary:
      'Link a retail person to this corporate client (RelatedPartyLinked, on the corporate stream): 422 RELATED_PARTY_NOT_ACTIVE for an unknown or offboarded person, RELATED_PARTY_WRONG_SEGMENT unless the customer is corporate and the person retail; 409 RELATED_PARTY_ALREADY_LINKED',
  })
  async handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: LinkRelatedPartyDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten> {
    const person = await this.parties.of(body.personId, request.context.correlationId);
    return decideForCustomer<LinkRelatedParty>(
      this.bus,
      id,
      { type: 'LinkRelatedParty', ...body, person },
      request,
    );
  }
}
