import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { JoinHousehold } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForHousehold, type HouseholdWritten } from '../household-decision';
import { HouseholdIdParams } from '../household-id.params';
import { MemberFactsLoader } from '../member-facts';
import { JoinHouseholdDto } from './join-household.dto';

@ApiTags('households')
@Controller('households')
export class JoinHouseholdController {
  constructor(
    private readonly bus: CommandBus,
    private readonly facts: MemberFactsLoader,
  ) {}

  @Post(':id/members')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({
    summary:
      'A customer joins the household in a role (HouseholdMemberJoined); unknown or offboarded customers (422) and members of another household (409) are refused',
  })
  async handle(
    @Param() { id }: HouseholdIdParams,
    @Body() body: JoinHouseholdDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<HouseholdWritten> {
    const customer = await this.facts.of(body.customerId, request.context.correlationId);
    return decideForHousehold<JoinHousehold>(
      this.bus,
      id,
      { type: 'JoinHousehold', ...body, customer },
      request,
    );
  }
}
