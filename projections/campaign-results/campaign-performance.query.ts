import { type CampaignPolicy, money, toMs } from '@ledger/domain';
import { comparePositions } from '@ledger/event-store';
import type { ReadStore } from '@ledger/read-store';
import { toWireMoney, type WireMoney } from '../shared/wire-money';
import {
  CAMPAIGN_MEMBERS,
  type CampaignDocument,
  type CampaignMemberDocument,
  type MemberSubscription,
} from './campaign-results.documents';
import { type CampaignView, campaignViewOf, getCampaign } from './campaign.queries';

/** GET /campaigns/:id/performance: the campaign KPIs of issue 16. Rates are fractions (0.25 = 25%). */
export type CampaignPerformance = {
  campaign: CampaignView;
  targets: number;
  contacts: number;
  contactedTargets: number;
  /** Targets who answered (interested or declined) / targets; null without targets. */
  responseRate: number | null;
  /** Targets with at least one conversion. */
  conversions: number;
  conversionRate: number | null;
  /** Principal of every converting subscription, in the budget's currency. */
  convertedAmount: WireMoney;
  /** Budget / conversions; null without a conversion. */
  costPerConversion: WireMoney | null;
  /** (converted amount × revenue rate − budget) / budget; null for a zero budget. */
  roi: number | null;
  revenueRate: number;
  policyVersion: string;
};

/**
 * Conversions are attributed from events only: a subscription of the campaign's product by one of
 * its targets, recorded after the target list and opened inside the window, in the budget's currency.
 */
export async function campaignPerformance(
  readStore: ReadStore,
  campaignId: string,
  policy: CampaignPolicy,
): Promise<CampaignPerformance | null> {
  const campaign = await getCampaign(readStore, campaignId);
  if (campaign === null) return null;
  const members =
    campaign.productCode === null
      ? []
      : await readStore.find<CampaignMemberDocument>(CAMPAIGN_MEMBERS, { targetedBy: campaignId });
  let conversions = 0;
  let convertedMinor = 0;
  for (const member of members) {
    const converting = member.subscriptions.filter((subscription) =>
      converts(subscription, campaign, member.targetedFrom[campaignId]),
    );
    if (converting.length > 0) conversions += 1;
    for (const subscription of converting) convertedMinor += subscription.principal.amountMinor;
  }
  const targets = campaign.targetCount;
  const budgetMinor = campaign.budget.amountMinor;
  const { currency } = campaign.budget;
  return {
    campaign: campaignViewOf(campaign),
    targets,
    contacts: campaign.contacts,
    contactedTargets: Object.keys(campaign.contacted).length,
    responseRate: rate(Object.keys(campaign.answered).length, targets),
    conversions,
    conversionRate: rate(conversions, targets),
    convertedAmount: toWireMoney(money(convertedMinor, currency)),
    costPerConversion:
      conversions === 0 ? null : toWireMoney(money(Math.round(budgetMinor / conversions), currency)),
    roi: budgetMinor === 0 ? null : round((convertedMinor * policy.revenueRate - budgetMinor) / budgetMinor),
    revenueRate: policy.revenueRate,
    policyVersion: policy.policyVersion,
  };
}

function converts(
  subscription: MemberSubscription,
  campaign: CampaignDocument,
  targetedFrom: string | undefined,
): boolean {
  if (targetedFrom === undefined || comparePositions(subscription.position, targetedFrom) <= 0) return false;
  const opened = toMs(subscription.openedAt);
  return (
    subscription.productCode === campaign.productCode &&
    subscription.principal.currency === campaign.budget.currency &&
    opened >= toMs(campaign.window.from) &&
    opened < toMs(campaign.window.to)
  );
}

const rate = (part: number, whole: number) => (whole === 0 ? null : round(part / whole));
const round = (value: number) => Math.round(value * 10_000) / 10_000;
