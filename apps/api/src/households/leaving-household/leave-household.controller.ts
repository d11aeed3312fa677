import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LeaveHousehold } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForHousehold, type HouseholdWritten } from '../household-decision';
import { HouseholdMemberParams } from '../household-id.params';
import { HouseholdMembership } from '../household-membership';
import { LeaveHouseholdDto } from './leave-household.dto';

@ApiTags('households')
@Controller('households')
export class LeaveHouseholdController {
  constructor(
    private readonly bus: CommandBus,
    private readonly membership: HouseholdMembership,
  ) {}

  @Post(':id/members/:customerId/departure')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({ summary: 'A member leaves the household (HouseholdMemberLeft), free to join another' })
  async handle(
    @Param() { id, customerId }: HouseholdMemberParams,
    @Body() body: LeaveHouseholdDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<HouseholdWritten> {
    const written = await decideForHousehold<LeaveHousehold>(
      this.bus,
      id,
      { type: 'LeaveHousehold', customerId, ...body },
      request,
    );
    await this.membership.release(customerId, id, request);
    return written;
  }
}
