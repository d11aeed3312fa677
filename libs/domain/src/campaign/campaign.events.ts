import type { Money } from '../money';
import type { TargetRule } from '../targeting/target-rule';

/** The instants a campaign runs between (ISO 8601, UTC): a subscription at or after `from` and before `to` converts. */
export type CampaignWindow = { from: string; to: string };

export type CampaignPlanned = {
  type: 'CampaignPlanned';
  schemaVersion: 1;
  data: {
    campaignId: string;
    name: string;
    /** The product whose subscriptions count as conversions; without one, a campaign converts nothing. */
    productCode?: string;
    targetRule: TargetRule;
    window: CampaignWindow;
    budget: Money;
    plannedAt: string;
  };
};

/**
 * The target list is frozen: the customers matching the rule in the 360 state of the log up to
 * `targetsFrozenAt` (a global position), judged at `launchedAt`. Its ids follow in
 * `CampaignTargetsFrozen` chunks appended with this event.
 */
export type CampaignLaunched = {
  type: 'CampaignLaunched';
  schemaVersion: 1;
  data: {
    campaignId: string;
    targetsFrozenAt: string;
    targetCount: number;
    /** How many CampaignTargetsFrozen events carry the list. */
    chunks: number;
    launchedAt: string;
  };
};

/** One chunk of the frozen target list: customer ids only (no personal data), sorted across chunks. */
export type CampaignTargetsFrozen = {
  type: 'CampaignTargetsFrozen';
  schemaVersion: 1;
  data: { campaignId: string; chunk: number; customerIds: string[] };
};

export type CampaignClosed = {
  type: 'CampaignClosed';
  schemaVersion: 1;
  data: { campaignId: string; reason: string; closedAt: string };
};

export type CampaignEvent = CampaignPlanned | CampaignLaunched | CampaignTargetsFrozen | CampaignClosed;

export const CAMPAIGN_EVENT_TYPES = [
  'CampaignPlanned',
  'CampaignLaunched',
  'CampaignTargetsFrozen',
  'CampaignClosed',
] as const satisfies readonly CampaignEvent['type'][];

export function isCampaignEventType(type: string): type is CampaignEvent['type'] {
  return (CAMPAIGN_EVENT_TYPES as readonly string[]).includes(type);
}
