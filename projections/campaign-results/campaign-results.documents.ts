import type { CampaignResponse, CampaignStatus, CampaignWindow, Money, TargetRule } from '@ledger/domain';
import type { ReadDocument } from '@ledger/read-store';

/** One document per campaign: its plan, its state and what its contacts answered. */
export const CAMPAIGNS = 'campaigns';
/** One document per targeted customer: the campaigns that targeted it and its later subscriptions. */
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

/** A subscription recorded after the customer was first targeted, at its global position. */
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
