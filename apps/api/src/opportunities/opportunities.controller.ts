import { Controller, Get, NotFoundException, Param, Query as QueryParams } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { OpportunityView, PipelineSummary } from '@ledger/projections/opportunity-pipeline';
import { CurrentCaller } from '../auth/caller.decorator';
import { Admits, type Caller } from '../auth/roles';
import { NarrowedToScope } from '../auth/scope';
import type { Page } from '../common/page.query';
import { ConsistencyQuery } from '../queries/query-params';
import { ReadYourWrites } from '../queries/read-your-writes.pipe';
import { OpportunityIdParams } from './opportunity-id.params';
import { ListOpportunitiesQuery, PipelineSummaryQuery } from './opportunity-queries';
import { OpportunityReads } from './opportunity.reads';
import { pipelineScopeOf } from './pipeline-scope';

@ApiTags('opportunities')
@Controller('opportunities')
export class OpportunitiesController {
  constructor(private readonly opportunities: OpportunityReads) {}

  @Get()
  @NarrowedToScope()
  @Admits('relationship-manager', 'branch-head', 'admin')
  @ApiOperation({
    summary:
      "The pipeline's opportunities, oldest first, paged; a relationship manager reads its own, a branch head its branch's",
  })
  list(
    @QueryParams(ReadYourWrites)
    { minPosition: _minPosition, owner, branchId, ...filters }: ListOpportunitiesQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<Page<OpportunityView>> {
    return this.opportunities.list({ ...filters, ...pipelineScopeOf(caller, { owner, branchId }) });
  }

  // Declared before ':id', so "pipeline" is never read as an opportunity id.
  @Get('pipeline')
  @NarrowedToScope()
  @Admits('relationship-manager', 'branch-head', 'admin')
  @ApiOperation({
    summary:
      'The pipeline summary by relationship manager or branch: open opportunities and expected amounts by stage, won count and amount (the matched holdings’ principal), lost count',
  })
  pipeline(
    @QueryParams(ReadYourWrites)
    { minPosition: _minPosition, owner, branchId, groupBy, ...period }: PipelineSummaryQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<PipelineSummary> {
    return this.opportunities.summary({
      ...period,
      groupBy: groupBy ?? 'relationshipManager',
      ...pipelineScopeOf(caller, { owner, branchId }),
    });
  }

  @Get(':id')
  @Admits('relationship-manager', 'branch-head', 'admin')
  @ApiOperation({ summary: "One opportunity (404 outside the caller's pipeline)" })
  async one(
    @Param() { id }: OpportunityIdParams,
    @QueryParams(ReadYourWrites) _consistency: ConsistencyQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<OpportunityView> {
    const view = await this.opportunities.one(id, pipelineScopeOf(caller, {}));
    if (view === null) throw new NotFoundException(`opportunity ${id} does not exist`);
    return view;
  }
}
