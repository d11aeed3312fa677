import { Controller, Get, Inject, NotFoundException, Param, Query as QueryParams } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  getVipEvent,
  listVipEvents,
  type VipEventPage,
  type VipEventView,
} from '@ledger/projections/vip-events';
import type { ReadStore } from '@ledger/read-store';
import { Admits } from '../auth/roles';
import { READ_STORE } from '../infrastructure/tokens';
import { ConsistencyQuery } from '../queries/query-params';
import { ReadYourWrites } from '../queries/read-your-writes.pipe';
import { VipEventIdParams } from './vip-event-id.params';
import { ListVipEventsQuery } from './vip-events.queries';

const READERS = ['campaign-manager', 'relationship-manager', 'branch-head', 'auditor', 'admin'] as const;

@ApiTags('vip events')
@Controller('vip-events')
export class VipEventsController {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  @Get()
  @Admits(...READERS)
  @ApiOperation({ summary: 'VIP events by date: { items, page, limit, total }' })
  list(
    @QueryParams(ReadYourWrites) { minPosition: _minPosition, page, limit, ...query }: ListVipEventsQuery,
  ): Promise<VipEventPage> {
    return listVipEvents(this.reads, { ...query, page: page ?? 1, limit: limit ?? 50 });
  }

  @Get(':id')
  @Admits(...READERS)
  @ApiOperation({ summary: 'One VIP event: date, invitee rule, guests invited by name, attendance, status' })
  async one(
    @Param() { id }: VipEventIdParams,
    @QueryParams(ReadYourWrites) _consistency: ConsistencyQuery,
  ): Promise<VipEventView> {
    const view = await getVipEvent(this.reads, id);
    if (view === null) throw new NotFoundException(`VIP event ${id} has not been scheduled`);
    return view;
  }
}
