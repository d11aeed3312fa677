import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DAY_MS } from '@ledger/domain';
import type { KpiPeriod, PerformancePeriod } from '@ledger/projections/kpi-history';
import { CurrentCaller } from '../auth/caller.decorator';
import { Admits, type Caller } from '../auth/roles';
import { NarrowedToScope } from '../auth/scope';
import { CLOCK, type Clock } from '../infrastructure/tokens';
import { KpiQuery } from '../queries/query-params';
import { ReadYourWrites } from '../queries/read-your-writes.pipe';
import { kpiReadingOf } from './kpi-scope';
import { KpiReads } from './kpi.reads';
import { periodBound } from './period-bounds';

@ApiTags('management')
@Controller('kpis')
export class KpisController {
  constructor(
    private readonly reads: KpiReads,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @NarrowedToScope()
  @Admits('relationship-manager', 'branch-head', 'committee-member', 'auditor', 'admin')
  @ApiOperation({
    summary:
      "KPI history per day, month or quarter of business time (default: the last 12 months); with groupBy, each relationship manager's or branch's performance (过程考核): contacts made vs due, overdue, book assets, 理财 and 贷款 penetration, branch targets. A relationship manager reads only its own figures, a branch head its branch's",
  })
  kpis(
    @QueryParams(ReadYourWrites) query: KpiQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<{ items: KpiPeriod[] | PerformancePeriod[] }> {
    const reading = kpiReadingOf(caller, query);
    const now = this.clock.now();
    const today = now.toISOString().slice(0, 10);
    const yearAgo = new Date(now.getTime() - 365 * DAY_MS).toISOString().slice(0, 10);
    const from = query.from === undefined ? yearAgo : periodBound(query.from, 'first');
    const to = query.to === undefined ? today : periodBound(query.to, 'last');
    const granularity = query.granularity ?? 'month';
    if (reading.kind === 'bank') return this.reads.history(granularity, from, to);
    const { kind: _kind, ...narrowing } = reading;
    return this.reads.performance({ ...narrowing, granularity, from, to, today });
  }
}
