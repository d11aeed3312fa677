import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { type IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ReadStore } from '@ledger/read-store';
import { getWorklist, type Worklist } from '@ledger/projections/worklist';
import { CurrentCaller } from '../auth/caller.decorator';
import { Admits, type Caller } from '../auth/roles';
import { ProjectionsHost } from '../infrastructure/projections.host';
import { CLOCK, type Clock, READ_STORE } from '../infrastructure/tokens';
import { WorklistQuery } from '../queries/query-params';

export class GetWorklist extends Query<Worklist> {
  constructor(
    readonly relationshipManagerId: string,
    readonly date: string,
  ) {
    super();
  }
}

@QueryHandler(GetWorklist)
export class GetWorklistHandler implements IQueryHandler<GetWorklist> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  execute({ relationshipManagerId, date }: GetWorklist): Promise<Worklist> {
    return getWorklist(this.reads, { relationshipManagerId, date });
  }
}

@ApiTags('relationship managers')
@Controller('worklist')
export class WorklistController {
  constructor(
    private readonly queries: QueryBus,
    private readonly projections: ProjectionsHost,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Admits('relationship-manager', 'call-center', 'admin')
  @ApiOperation({
    summary: "A relationship manager's prioritised contacts due on a day (defaults: the caller, today)",
  })
  async worklist(@QueryParams() query: WorklistQuery, @CurrentCaller() caller: Caller): Promise<Worklist> {
    if (query.minPosition !== undefined) await this.projections.waitForPosition(query.minPosition);
    const date = query.date ?? this.clock.now().toISOString().slice(0, 10);
    return this.queries.execute(new GetWorklist(query.relationshipManagerId ?? caller.id, date));
  }
}
