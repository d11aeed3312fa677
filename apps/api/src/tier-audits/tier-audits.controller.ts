import { Controller, Get, Query as QueryParams } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { TierAuditEntryView, TierReviewView } from '@ledger/projections/tier-audit';
import { Admits } from '../auth/roles';
import type { Page } from '../common/page.query';
import { ProjectionsHost } from '../infrastructure/projections.host';
import { TierAuditQuery, TierReviewQuery } from '../queries/query-params';
import { ListTierAudits, ListTierReviews } from './tier-audit.queries';

@ApiTags('review committee')
@Controller()
export class TierAuditsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly projections: ProjectionsHost,
  ) {}

  @Get('tier-audits')
  @Admits('committee-member', 'auditor', 'admin')
  @ApiOperation({
    summary: 'Tier-change audit trail: one entry per decision, each traced to its event and position',
  })
  async audits(@QueryParams() { minPosition, ...query }: TierAuditQuery): Promise<Page<TierAuditEntryView>> {
    if (minPosition !== undefined) await this.projections.waitForPosition(minPosition);
    return this.queries.execute(new ListTierAudits(query));
  }

  @Get('tier-reviews')
  @Admits('committee-member', 'auditor', 'admin')
  @ApiOperation({ summary: "The committee's reviews, e.g. ?status=open for the queue" })
  async reviews(@QueryParams() { minPosition, ...query }: TierReviewQuery): Promise<Page<TierReviewView>> {
    if (minPosition !== undefined) await this.projections.waitForPosition(minPosition);
    return this.queries.execute(new ListTierReviews(query));
  }
}
