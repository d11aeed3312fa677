import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  type CampaignState,
  campaignAggregate,
  type DomainPolicies,
  isPlanned,
  targetsOf,
} from '@ledger/domain';
import type { ReadStore } from '@ledger/read-store';
import {
  type CampaignListQuery,
  type CampaignPerformance,
  type CampaignView,
  campaignPerformance,
  campaignViewOf,
  getCampaign,
  listCampaigns,
} from '@ledger/projections/campaign-results';
import { CUSTOMERS } from '@ledger/projections/customer-360';
import { AggregateRepository } from '../command-path/aggregate-repository';
import type { Page } from '../common/page.query';
import { POLICIES, READ_STORE } from '../infrastructure/tokens';
import { TargetFacts } from './target-facts';

/** The frozen list as recorded at launch; with `recomputed`, the log folded again to that position. */
export type CampaignTargets = {
  campaignId: string;
  targetsFrozenAt: string;
  launchedAt: string;
  targetCount: number;
  /** The caller's share of the list (an RM: its own book), paged. */
  items: string[];
  page: number;
  limit: number;
  total: number;
  recomputed?: { agrees: boolean; targetCount: number; items: string[]; total: number };
};

/** Which target ids the caller may see: all, or those in a manager's book or a branch. */
export type TargetScope = { relationshipManagerId?: string; branchId?: string };

@Injectable()
export class CampaignReads {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(POLICIES) private readonly policies: DomainPolicies,
    private readonly repository: AggregateRepository,
    private readonly facts: TargetFacts,
  ) {}

  list(query: CampaignListQuery): Promise<Page<CampaignView>> {
    return listCampaigns(this.reads, query);
  }

  async view(campaignId: string): Promise<CampaignView | null> {
    const document = await getCampaign(this.reads, campaignId);
    return document === null ? null : campaignViewOf(document);
  }

  performance(campaignId: string): Promise<CampaignPerformance | null> {
    return campaignPerformance(this.reads, campaignId, this.policies.campaign);
  }

  /**
   * From the campaign's own stream (the list it recorded), not a read model; null before launch.
   * The recomputation folds the customer streams up to the frozen position and judges at the launch time.
   */
  async targets(
    campaignId: string,
    scope: TargetScope,
    page: { page: number; limit: number },
    recompute: boolean,
  ): Promise<CampaignTargets | null> {
    const state = await this.campaign(campaignId);
    if (!isPlanned(state) || state.targetsFrozenAt === null || state.launchedAt === null) return null;
    const recorded = Object.keys(state.targets).sort();
    const visible = await this.visible(scope);
    const window = (ids: string[]) => {
      const mine = visible === null ? ids : ids.filter((id) => visible.has(id));
      return { items: mine.slice((page.page - 1) * page.limit, page.page * page.limit), total: mine.length };
    };
    const answer: CampaignTargets = {
      campaignId,
      targetsFrozenAt: state.targetsFrozenAt,
      launchedAt: state.launchedAt,
      targetCount: state.targetCount,
      ...page,
      ...window(recorded),
    };
    if (!recompute) return answer;
    const views = await this.facts.viewsAt(state.targetsFrozenAt, state.launchedAt);
    const again = targetsOf(state.targetRule, views);
    const agrees = again.length === recorded.length && again.every((id, index) => id === recorded[index]);
    return { ...answer, recomputed: { agrees, targetCount: again.length, ...window(again) } };
  }

  private async campaign(campaignId: string): Promise<CampaignState> {
    const loaded = await this.repository.load<CampaignState>(campaignAggregate, campaignId, {
      correlationId: randomUUID(),
    });
    return 'folded' in loaded ? loaded.folded.state : campaignAggregate.initialState();
  }

  /** The customer ids of the caller's book or branch (from the 360 read model); null: no narrowing. */
  private async visible(scope: TargetScope): Promise<Set<string> | null> {
    const filter = {
      ...(scope.relationshipManagerId !== undefined && {
        relationshipManagerId: scope.relationshipManagerId,
      }),
      ...(scope.branchId !== undefined && { 'customer.branchId': scope.branchId }),
    };
    if (Object.keys(filter).length === 0) return null;
    const customers = await this.reads.find(CUSTOMERS, filter, { fields: [] });
    return new Set(customers.map((customer) => customer._id));
  }
}
