import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RecordAttendance } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { RecordAttendanceDto } from '../inviting-guest/invite-guest.dto';
import { decideForVipEvent, type VipEventWritten } from '../vip-event-decision';
import { VipEventIdParams } from '../vip-event-id.params';

@ApiTags('vip events')
@Controller('vip-events')
export class RecordAttendanceController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/attendance')
  @Admits('campaign-manager', 'relationship-manager', 'admin')
  @ApiOperation({
    summary:
      'A guest attended (GuestAttended), on the event day or recorded after it; a customer not invited is refused (422 GUEST_NOT_INVITED)',
  })
  handle(
    @Param() { id }: VipEventIdParams,
    @Body() body: RecordAttendanceDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<VipEventWritten> {
    return decideForVipEvent<RecordAttendance>(this.bus, id, { type: 'RecordAttendance', ...body }, request);
  }
}
