import { Controller, Get, Query as QueryParams } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { TierAuditEntryView, TierReviewView } from '@ledger/projections/tier-audit';
import { Admits } from '../auth/roles';
import type { Page } from '../common/page.query';
import { TierAuditQuery, TierReviewQuery } from '../queries/tier-audit-params';
import { ReadYourWrites } from '../queries/read-your-writes.pipe';
import { TierAuditReads } from './tier-audit.reads';

@ApiTags('review committee')
@Controller()
export class TierAuditsController {
  constructor(private readonly tierAudits: TierAuditReads) {}

  @Get('tier-audits')
  @Admits('committee-member', 'auditor', 'admin')
  @ApiOperation({
    summary: 'Tier-change audit trail: one entry per decision, each traced to its event and position',
    description:
      "A decision reads the same names here and on /tier-reviews (ADR 0033): status (the review's: approved, rejected; null for an automatic retail change), " +
      "outcome (reassessed, rejected), proposedTier (the maker's), computedTier, toTier, decidedBy, decisionReason, effectiveAt (business time). " +
      'from/to filter on effectiveAt.',
  })
  audits(
    @QueryParams(ReadYourWrites) { minPosition: _minPosition, ...query }: TierAuditQuery,
  ): Promise<Page<TierAuditEntryView>> {
    return this.tierAudits.audits(query);
  }

  @Get('tier-reviews')
  @Admits('committee-member', 'auditor', 'admin')
  @ApiOperation({
    summary: "The committee's reviews with the votes so far, e.g. ?status=open for the queue",
    description:
      'status: open, approved, rejected, expired. Once decided, the decision reads the names of /tier-audits (ADR 0033): ' +
      'outcome (reassessed, rejected; null while open or once expired), toTier, decidedBy, decisionReason, effectiveAt.',
  })
  reviews(
    @QueryParams(ReadYourWrites) { minPosition: _minPosition, ...query }: TierReviewQuery,
  ): Promise<Page<TierReviewView>> {
    return this.tierAudits.reviews(query);
  }
}
