import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Worklist } from '@ledger/projections/worklist';
import { CurrentCaller } from '../auth/caller.decorator';
import { Admits, type Caller } from '../auth/roles';
import { NarrowedToScope, readScopeOf, refuseOtherManager } from '../auth/scope';
import { CLOCK, type Clock } from '../infrastructure/tokens';
import { WorklistQuery } from '../queries/query-params';
import { ReadYourWrites } from '../queries/read-your-writes.pipe';
import { WorklistReads } from './worklist.reads';

@ApiTags('relationship managers')
@Controller('worklist')
export class WorklistController {
  constructor(
    private readonly worklists: WorklistReads,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @NarrowedToScope()
  @Admits('relationship-manager', 'branch-head', 'call-center', 'admin')
  @ApiOperation({
    summary:
      "A relationship manager's prioritised contacts due on a day (defaults: the caller, today); a relationship manager reads only its own, a branch head its branch's (every manager's by default)",
  })
  worklist(
    @QueryParams(ReadYourWrites) query: WorklistQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<Worklist> {
    const date = query.date ?? this.clock.now().toISOString().slice(0, 10);
    const scope = readScopeOf(caller);
    refuseOtherManager(scope, query.relationshipManagerId);
    if (scope.kind === 'branch')
      return this.worklists.dueOn(
        { relationshipManagerId: query.relationshipManagerId, branchId: scope.branchId },
        date,
      );
    return this.worklists.dueOn({ relationshipManagerId: query.relationshipManagerId ?? caller.id }, date);
  }
}
