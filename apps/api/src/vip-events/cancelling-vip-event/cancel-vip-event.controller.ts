import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import type { CancelVipEvent } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForVipEvent, type VipEventWritten } from '../vip-event-decision';
import { VipEventIdParams } from '../vip-event-id.params';

export class CancelVipEventDto {
  @ApiProperty({ example: 'venue closed for repairs' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}

@ApiTags('vip events')
@Controller('vip-events')
export class CancelVipEventController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/cancellation')
  @Admits('campaign-manager', 'admin')
  @ApiOperation({
    summary:
      'Cancel a VIP event up to its day (VipEventCancelled): its invitations leave the worklists at once',
  })
  handle(
    @Param() { id }: VipEventIdParams,
    @Body() body: CancelVipEventDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<VipEventWritten> {
    return decideForVipEvent<CancelVipEvent>(this.bus, id, { type: 'CancelVipEvent', ...body }, request);
  }
}
