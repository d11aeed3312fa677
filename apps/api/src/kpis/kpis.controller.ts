import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DAY_MS } from '@ledger/domain';
import type { KpiPeriod } from '@ledger/projections/kpi-history';
import { Admits } from '../auth/roles';
import { CLOCK, type Clock } from '../infrastructure/tokens';
import { KpiQuery } from '../queries/query-params';
import { ReadYourWrites } from '../queries/read-your-writes.pipe';
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
  @Admits('committee-member', 'auditor', 'admin')
  @ApiOperation({
    summary: 'KPI history per day, month or quarter of business time (default: the last 12 months)',
  })
  kpis(@QueryParams(ReadYourWrites) query: KpiQuery): Promise<{ items: KpiPeriod[] }> {
    const today = this.clock.now().toISOString().slice(0, 10);
    const yearAgo = new Date(this.clock.now().getTime() - 365 * DAY_MS).toISOString().slice(0, 10);
    const from = query.from === undefined ? yearAgo : periodBound(query.from, 'first');
    const to = query.to === undefined ? today : periodBound(query.to, 'last');
    return this.reads.history(query.granularity ?? 'month', from, to);
  }
}
