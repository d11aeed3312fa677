import { Controller, ForbiddenException, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { WorklistItem } from '@ledger/projections/worklist';
import { CurrentCaller } from '../auth/caller.decorator';
import { Admits, type Caller } from '../auth/roles';
import { branchOf, NarrowedToScope } from '../auth/scope';
import { CLOCK, type Clock } from '../infrastructure/tokens';
import { ReadYourWrites } from '../queries/read-your-writes.pipe';
import { InvalidInput } from '../validation/validation.pipe';
import { WorklistReads } from '../worklist/worklist.reads';
import { EscalationsQuery } from './escalations.query';

@ApiTags('branch heads')
@Controller('escalations')
export class EscalationsController {
  constructor(
    private readonly worklists: WorklistReads,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @NarrowedToScope()
  @Admits('branch-head', 'admin')
  @ApiOperation({
    summary:
      "A branch's contacts escalated to its head on a day (large movements); a branch head reads its own branch (the default)",
  })
  escalations(
    @QueryParams(ReadYourWrites) query: EscalationsQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<{ branchId: string; date: string; items: WorklistItem[] }> {
    const date = query.date ?? this.clock.now().toISOString().slice(0, 10);
    return this.worklists.escalations(this.branchAsked(caller, query.branchId), date);
  }

  private branchAsked(caller: Caller, asked: string | undefined): string {
    if (caller.actingRole === 'branch-head') {
      const own = branchOf(caller);
      if (asked !== undefined && asked !== own)
        throw new ForbiddenException(`branchId: a branch head reads only its own branch (${own})`);
      return own;
    }
    if (asked === undefined) throw new InvalidInput([{ field: 'branchId', problems: ['is required'] }]);
    return asked;
  }
}
