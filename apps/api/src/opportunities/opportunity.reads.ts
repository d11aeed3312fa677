import { Inject, Injectable } from '@nestjs/common';
import type { ReadStore } from '@ledger/read-store';
import {
  getOpportunity,
  listOpportunities,
  type OpportunityQuery,
  type OpportunityView,
  pipelineSummary,
  type PipelineScope,
  type PipelineSummary,
  type PipelineSummaryQuery,
} from '@ledger/projections/opportunity-pipeline';
import type { Page } from '../common/page.query';
import { READ_STORE } from '../infrastructure/tokens';

/** The opportunity pipeline read model's queries, called directly (ADR 0012). */
@Injectable()
export class OpportunityReads {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  list(query: OpportunityQuery): Promise<Page<OpportunityView>> {
    return listOpportunities(this.reads, query);
  }

  one(opportunityId: string, scope: PipelineScope): Promise<OpportunityView | null> {
    return getOpportunity(this.reads, opportunityId, scope);
  }

  summary(query: PipelineSummaryQuery): Promise<PipelineSummary> {
    return pipelineSummary(this.reads, query);
  }
}
