import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { JoinHousehold, MemberFacts } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForHousehold, type HouseholdWritten } from '../household-decision';
import { HouseholdIdParams } from '../household-id.params';
import { HouseholdMembership } from '../household-membership';
import { MemberFactsLoader } from '../member-facts';
import { JoinHouseholdDto } from './join-household.dto';

@ApiTags('households')
@Controller('households')
export class JoinHouseholdController {
  constructor(
    private readonly bus: CommandBus,
    private readonly facts: MemberFactsLoader,
    private readonly membership: HouseholdMembership,
  ) {}

  @Post(':id/members')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({
    summary:
      'A customer joins the household in a role (HouseholdMemberJoined); unknown or offboarded customers (422) and members of another household (409 ALREADY_IN_HOUSEHOLD, also when two joins race) are refused',
  })
  async handle(
    @Param() { id }: HouseholdIdParams,
    @Body() body: JoinHouseholdDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<HouseholdWritten> {
    const { facts: customer, registered } = await this.facts.of(
      body.customerId,
      request.context.correlationId,
    );
    // Nothing to claim for a customer the household refuses anyway, one it already holds, or one
    // in another household before the register existed; the register judges every other case.
    if (
      customer === null ||
      !customer.active ||
      customer.householdId === id ||
      (!registered && customer.householdId !== null)
    )
      return this.join(id, body, customer, request);
    await this.membership.claim(body.customerId, id, request);
    try {
      return await this.join(id, body, { ...customer, householdId: id }, request);
    } catch (error) {
      await this.membership.release(body.customerId, id, request);
      throw error;
    }
  }

  private join(
    id: string,
    body: JoinHouseholdDto,
    customer: MemberFacts | null,
    request: CommandRequest,
  ): Promise<HouseholdWritten> {
    return decideForHousehold<JoinHousehold>(
      this.bus,
      id,
      { type: 'JoinHousehold', ...body, customer },
      request,
    );
  }
}
