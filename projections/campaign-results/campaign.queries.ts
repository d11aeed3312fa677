import type { CampaignResponse, CampaignStatus, CampaignWindow, TargetRule } from '@ledger/domain';
import type { ReadStore } from '@ledger/read-store';
import { type Page, type PageRequest, pageWindow } from '../shared/paging';
import { toWireMoney, type WireMoney } from '../shared/wire-money';
import { CAMPAIGNS, type CampaignDocument } from './campaign-results.documents';

/** A campaign as GET /campaigns and GET /campaigns/:id answer it. */
export type CampaignView = {
  campaignId: string;
  name: string;
  productCode: string | null;
  targetRule: TargetRule;
  window: CampaignWindow;
  budget: WireMoney;
  status: CampaignStatus;
  plannedAt: string;
  launchedAt: string | null;
  targetsFrozenAt: string | null;
  targetCount: number;
  closedAt: string | null;
  contacts: number;
  responses: Record<CampaignResponse, number>;
};

export function campaignViewOf(document: CampaignDocument): CampaignView {
  const { campaignId, name, productCode, targetRule, window, budget, status, plannedAt } = document;
  const { launchedAt, targetsFrozenAt, targetCount, closedAt, contacts, responses } = document;
  return {
    campaignId,
    name,
    productCode,
    targetRule,
    window,
    budget: toWireMoney(budget),
    status,
    plannedAt,
    launchedAt,
    targetsFrozenAt,
    targetCount,
    closedAt,
    contacts,
    responses,
  };
}

export async function getCampaign(
  readStore: ReadStore,
  campaignId: string,
): Promise<CampaignDocument | null> {
  return readStore.findOne<CampaignDocument>(CAMPAIGNS, { _id: campaignId });
}

export type CampaignListQuery = PageRequest & { status?: CampaignStatus };

/** GET /campaigns: newest plan first. */
export async function listCampaigns(
  readStore: ReadStore,
  query: CampaignListQuery,
): Promise<Page<CampaignView>> {
  const filter = query.status === undefined ? {} : { status: query.status };
  const { page, limit, skip } = pageWindow(query);
  const [documents, total] = await Promise.all([
    readStore.find<CampaignDocument>(CAMPAIGNS, filter, { sort: { plannedAt: -1, _id: 1 }, skip, limit }),
    readStore.count(CAMPAIGNS, filter),
  ]);
  return { items: documents.map(campaignViewOf), page, limit, total };
}
