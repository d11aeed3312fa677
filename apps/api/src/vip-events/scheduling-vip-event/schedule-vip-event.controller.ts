import { randomUUID } from 'node:crypto';
import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ScheduleVipEvent } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { derivedId } from '../../command-path/idempotency';
import { decideForVipEvent, type VipEventWritten } from '../vip-event-decision';
import { ScheduleVipEventDto } from './schedule-vip-event.dto';

@ApiTags('vip events')
@Controller('vip-events')
export class ScheduleVipEventController {
  constructor(private readonly bus: CommandBus) {}

  @Post()
  @Admits('campaign-manager', 'admin')
  @ApiOperation({
    summary: 'Schedule a VIP event (VipEventScheduled); its invitations are due a week before (P2)',
  })
  handle(
    @Body() { vipEventId: given, ...fields }: ScheduleVipEventDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<VipEventWritten> {
    const vipEventId = given ?? derivedId(request.context.idempotencyKey, 'vipEventId', randomUUID);
    return decideForVipEvent<ScheduleVipEvent>(
      this.bus,
      vipEventId,
      { type: 'ScheduleVipEvent', ...fields },
      request,
    );
  }
}
