import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CancelVipEventController } from './cancelling-vip-event/cancel-vip-event.controller';
import { GuestFactsLoader } from './guest-facts';
import { InviteGuestController } from './inviting-guest/invite-guest.controller';
import { RecordAttendanceController } from './recording-attendance/record-attendance.controller';
import { ScheduleVipEventController } from './scheduling-vip-event/schedule-vip-event.controller';
import { VipEventsController } from './vip-events.controller';

/** VIP events (issue 17, ADR 0026): schedule, invite, attend, cancel, and their read routes. */
@Module({
  imports: [CqrsModule],
  controllers: [
    ScheduleVipEventController,
    InviteGuestController,
    RecordAttendanceController,
    CancelVipEventController,
    VipEventsController,
  ],
  providers: [GuestFactsLoader],
})
export class VipEventsModule {}
