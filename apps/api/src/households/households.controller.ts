import { Controller, Get, Inject, NotFoundException, Param, Query as QueryParams } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { householdView, type HouseholdView } from '@ledger/projections/households';
import type { ReadStore } from '@ledger/read-store';
import { Admits } from '../auth/roles';
import { READ_STORE } from '../infrastructure/tokens';
import { ConsistencyQuery } from '../queries/query-params';
import { ReadYourWrites } from '../queries/read-your-writes.pipe';
import { HouseholdIdParams } from './household-id.params';

@ApiTags('households')
@Controller('households')
export class HouseholdsController {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  @Get(':id')
  @Admits('relationship-manager', 'admin')
  @ApiOperation({ summary: "A household, its members and household AUM (the members' latest valuations)" })
  async one(
    @Param() { id }: HouseholdIdParams,
    @QueryParams(ReadYourWrites) _consistency: ConsistencyQuery,
  ): Promise<HouseholdView> {
    const view = await householdView(this.reads, id);
    if (view === null) throw new NotFoundException(`household ${id} has not been formed`);
    return view;
  }
}
