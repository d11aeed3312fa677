import { Controller, Get, NotFoundException, Param, Query as QueryParams } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CampaignPerformance, CampaignView } from '@ledger/projections/campaign-results';
import { CurrentCaller } from '../auth/caller.decorator';
import { Admits, type Caller } from '../auth/roles';
import { NarrowedToScope, readScopeOf, refuseOtherManager } from '../auth/scope';
import type { Page } from '../common/page.query';
import { ReadYourWrites } from '../queries/read-your-writes.pipe';
import { CampaignIdParams } from './campaign-id.params';
import { type CampaignTargets, CampaignReads, type TargetScope } from './campaign.reads';
import { CampaignReadQuery, CampaignTargetsQuery, ListCampaignsQuery } from './campaign.queries';

@ApiTags('campaigns')
@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignReads) {}

  @Get()
  @Admits('campaign-manager', 'auditor', 'admin')
  @ApiOperation({ summary: 'Campaigns, newest plan first: { items, page, limit, total }' })
  list(
    @QueryParams(ReadYourWrites) { minPosition: _minPosition, ...query }: ListCampaignsQuery,
  ): Promise<Page<CampaignView>> {
    return this.campaigns.list(query);
  }

  @Get(':id')
  @Admits('campaign-manager', 'auditor', 'admin')
  @ApiOperation({ summary: 'One campaign: plan, status, target count, contacts and responses' })
  async view(
    @Param() { id }: CampaignIdParams,
    @QueryParams(ReadYourWrites) _query: CampaignReadQuery,
  ): Promise<CampaignView> {
    return found(await this.campaigns.view(id), id);
  }

  @Get(':id/performance')
  @Admits('campaign-manager', 'auditor', 'admin')
  @ApiOperation({
    summary: 'Campaign KPIs: response and conversion rate, converted amount, cost per conversion, ROI',
  })
  async performance(
    @Param() { id }: CampaignIdParams,
    @QueryParams(ReadYourWrites) _query: CampaignReadQuery,
  ): Promise<CampaignPerformance> {
    return found(await this.campaigns.performance(id), id);
  }

  @Get(':id/targets')
  @NarrowedToScope()
  @Admits('campaign-manager', 'auditor', 'admin', 'relationship-manager', 'branch-head')
  @ApiOperation({
    summary:
      "The frozen target list (customer ids, in the caller's scope); ?recompute=true folds the log to the frozen position again and compares",
  })
  async targets(
    @Param() { id }: CampaignIdParams,
    @QueryParams() { recompute, relationshipManagerId, page, limit }: CampaignTargetsQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<CampaignTargets> {
    const targets = await this.campaigns.targets(
      id,
      scopeOf(caller, relationshipManagerId),
      { page: page ?? 1, limit: limit ?? 50 },
      recompute === true,
    );
    if (targets === null) throw new NotFoundException(`campaign ${id} has no frozen targets (not launched)`);
    return targets;
  }
}

function scopeOf(caller: Caller, requested: string | undefined): TargetScope {
  const scope = readScopeOf(caller);
  refuseOtherManager(scope, requested);
  const asked = requested === undefined ? {} : { relationshipManagerId: requested };
  switch (scope.kind) {
    case 'owner':
      return { relationshipManagerId: scope.relationshipManagerId };
    case 'branch':
      return { ...asked, branchId: scope.branchId };
    case 'all':
    case 'open-reviews':
      return asked;
  }
}

function found<T>(value: T | null, id: string): T {
  if (value === null) throw new NotFoundException(`campaign ${id} not found`);
  return value;
}
