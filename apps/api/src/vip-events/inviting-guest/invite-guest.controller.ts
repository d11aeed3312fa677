import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { InviteGuest } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { GuestFactsLoader } from '../guest-facts';
import { decideForVipEvent, type VipEventWritten } from '../vip-event-decision';
import { VipEventIdParams } from '../vip-event-id.params';
import { InviteGuestDto } from './invite-guest.dto';

@ApiTags('vip events')
@Controller('vip-events')
export class InviteGuestController {
  constructor(
    private readonly bus: CommandBus,
    private readonly facts: GuestFactsLoader,
  ) {}

  @Post(':id/guests')
  @Admits('campaign-manager', 'relationship-manager', 'admin')
  @ApiOperation({
    summary:
      'Invite a customer by name (GuestInvited); unknown or offboarded customers (GUEST_NOT_ACTIVE) and customers without marketing consent (NO_MARKETING_CONSENT) are refused with 422',
  })
  async handle(
    @Param() { id }: VipEventIdParams,
    @Body() body: InviteGuestDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<VipEventWritten> {
    const guest = await this.facts.of(body.customerId, request.context.correlationId);
    return decideForVipEvent<InviteGuest>(this.bus, id, { type: 'InviteGuest', ...body, guest }, request);
  }
}
