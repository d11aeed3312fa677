import type { CampaignResponse, CampaignStatus, CampaignWindow, Money, TargetRule } from '@ledger/domain';
import type { ReadDocument } from '@ledger/read-store';

/** One document per campaign: its plan, its state and what its contacts answered. */
export const CAMPAIGNS = 'campaigns';
/** One document per customer with a subscription or a campaign: the campaigns that targeted it and its subscriptions. */
export const CAMPAIGN_MEMBERS = 'campaign_members';

export type CampaignDocument = ReadDocument & {
  _id: string;
  campaignId: string;
  name: string;
  productCode: string | null;
  targetRule: TargetRule;
  window: CampaignWindow;
  budget: Money;
  status: CampaignStatus;
  plannedAt: string;
  launchedAt: string | null;
  targetsFrozenAt: string | null;
  targetCount: number;
  closedAt: string | null;
  /** Contacts logged under the campaign, and by the customer's response. */
  contacts: number;
  responses: Record<CampaignResponse, number>;
  /** customerId → true: targets contacted at all, and targets who answered (interested or declined). */
  contacted: Record<string, true>;
  answered: Record<string, true>;
};

/** A subscription, at its global position: it converts for a campaign that targeted the customer before it. */
export type MemberSubscription = {
  holdingId: string;
  productCode: string;
  principal: Money;
  openedAt: string;
  position: string;
};

export type CampaignMemberDocument = ReadDocument & {
  _id: string;
  customerId: string;
  /** Campaign ids, for the index the performance query reads. */
  targetedBy: string[];
  /** campaignId → the position its target list was recorded at: later subscriptions may convert. */
  targetedFrom: Record<string, string>;
  subscriptions: MemberSubscription[];
};
