import type { Actor } from '../actor';
import type { Money } from '../money';
import type { TargetView } from '../targeting/target-rule';
import type { CampaignWindow } from './campaign.events';

type Command<Type extends string, Body> = {
  type: Type;
  campaignId: string;
  actor: Actor;
  now: string;
} & Body;

/** `targetRule` arrives unparsed: the decider parses it, so no command path can store a bad rule. */
export type PlanCampaign = Command<
  'PlanCampaign',
  { name: string; productCode?: string; targetRule: unknown; window: CampaignWindow; budget: Money }
>;

/**
 * The api's facts for a launch: every customer's 360 view in the log up to `frozenAt`, judged at
 * `now`. The decider picks the targets from them by the campaign's rule.
 */
export type LaunchCampaign = Command<'LaunchCampaign', { frozenAt: string; views: readonly TargetView[] }>;

export type CloseCampaign = Command<'CloseCampaign', { reason: string }>;

export type CampaignCommand = PlanCampaign | LaunchCampaign | CloseCampaign;
