import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { type IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ReadStore } from '@ledger/read-store';
import { getKpis, InvalidKpiQuery, type KpiPeriod } from '@ledger/projections/kpi-history';
import { Admits } from '../auth/roles';
import { ProjectionsHost } from '../infrastructure/projections.host';
import { CLOCK, type Clock, READ_STORE } from '../infrastructure/tokens';
import { KpiQuery } from '../queries/query-params';
import { InvalidInput } from '../validation/validation.pipe';
import { periodBound } from './period-bounds';

export class GetKpis extends Query<{ items: KpiPeriod[] }> {
  constructor(
    readonly granularity: 'day' | 'month' | 'quarter',
    readonly from: string,
    readonly to: string,
  ) {
    super();
  }
}

@QueryHandler(GetKpis)
export class GetKpisHandler implements IQueryHandler<GetKpis> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ granularity, from, to }: GetKpis): Promise<{ items: KpiPeriod[] }> {
    try {
      return { items: await getKpis(this.reads, { granularity, from, to }) };
    } catch (error) {
      if (error instanceof InvalidKpiQuery)
        throw new InvalidInput([{ field: 'from', problems: [error.message] }]);
      throw error;
    }
  }
}

@ApiTags('management')
@Controller('kpis')
export class KpisController {
  constructor(
    private readonly queries: QueryBus,
    private readonly projections: ProjectionsHost,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Admits('committee-member', 'auditor', 'admin')
  @ApiOperation({
    summary: 'KPI history per day, month or quarter of business time (default: the last 12 months)',
  })
  async kpis(@QueryParams() query: KpiQuery): Promise<{ items: KpiPeriod[] }> {
    if (query.minPosition !== undefined) await this.projections.waitForPosition(query.minPosition);
    const today = this.clock.now().toISOString().slice(0, 10);
    const yearAgo = new Date(this.clock.now().getTime() - 365 * 86_400_000).toISOString().slice(0, 10);
    const from = query.from === undefined ? yearAgo : periodBound(query.from, 'first');
    const to = query.to === undefined ? today : periodBound(query.to, 'last');
    return this.queries.execute(new GetKpis(query.granularity ?? 'month', from, to));
  }
}
