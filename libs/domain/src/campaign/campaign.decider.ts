import { validMoney, instant } from '../decide/guards';
import {
  CampaignAlreadyClosed,
  CampaignAlreadyLaunched,
  CampaignAlreadyPlanned,
  CampaignNotFound,
  CampaignWindowEnded,
  CampaignWindowOrder,
  InvalidTargetRule,
} from '../errors/campaign.errors';
import { optional } from '../json';
import type { CampaignPolicy } from '../policies/campaign.policy';
import { matchesTargetRule } from '../targeting/match-target-rule';
import { parseTargetRule } from '../targeting/parse-target-rule';
import type { TargetRule } from '../targeting/target-rule';
import { TargetRuleError } from '../targeting/target-rule.error';
import { toMs } from '../time';
import type { CloseCampaign, LaunchCampaign, PlanCampaign } from './campaign.commands';
import type {
  CampaignClosed,
  CampaignLaunched,
  CampaignPlanned,
  CampaignTargetsFrozen,
} from './campaign.events';
import { type Campaign, type CampaignState, isPlanned } from './campaign.state';

export function planCampaign(command: PlanCampaign, state: CampaignState): [CampaignPlanned] {
  const { campaignId } = command;
  if (isPlanned(state)) throw new CampaignAlreadyPlanned(campaignId);
  const window = {
    from: instant(command.window.from, 'window.from'),
    to: instant(command.window.to, 'window.to'),
  };
  if (toMs(window.to) <= toMs(window.from)) throw new CampaignWindowOrder(campaignId);
  return [
    {
      type: 'CampaignPlanned',
      schemaVersion: 1,
      data: {
        campaignId,
        name: command.name,
        ...optional('productCode', command.productCode),
        targetRule: ruleOf(command.targetRule),
        window,
        budget: validMoney(command.budget, 'budget'),
        plannedAt: instant(command.now, 'now'),
      },
    },
  ];
}

/**
 * Freezes the targets: of the views the api read at `frozenAt`, those the rule matches, sorted by
 * id so the list (and its chunks) is the same however the views arrived.
 */
export function launchCampaign(
  command: LaunchCampaign,
  state: CampaignState,
  policy: CampaignPolicy,
): [CampaignLaunched, ...CampaignTargetsFrozen[]] {
  const campaign = openCampaign(state, command.campaignId);
  if (campaign.status === 'launched') throw new CampaignAlreadyLaunched(campaign.campaignId);
  const launchedAt = instant(command.now, 'now');
  if (toMs(launchedAt) >= toMs(campaign.window.to))
    throw new CampaignWindowEnded(campaign.campaignId, campaign.window.to);
  const targets = targetsOf(campaign.targetRule, command.views);
  const chunks = chunked(targets, policy.targetsPerEvent);
  const { campaignId } = campaign;
  return [
    {
      type: 'CampaignLaunched',
      schemaVersion: 1,
      data: {
        campaignId,
        targetsFrozenAt: command.frozenAt,
        targetCount: targets.length,
        chunks: chunks.length,
        launchedAt,
      },
    },
    ...chunks.map((customerIds, chunk): CampaignTargetsFrozen => ({
      type: 'CampaignTargetsFrozen',
      schemaVersion: 1,
      data: { campaignId, chunk, customerIds },
    })),
  ];
}

export function closeCampaign(command: CloseCampaign, state: CampaignState): [CampaignClosed] {
  const campaign = openCampaign(state, command.campaignId);
  return [
    {
      type: 'CampaignClosed',
      schemaVersion: 1,
      data: {
        campaignId: campaign.campaignId,
        reason: command.reason,
        closedAt: instant(command.now, 'now'),
      },
    },
  ];
}

/** The ids of the matching views, each once, sorted: what an auditor's recomputation must equal. */
export function targetsOf(rule: TargetRule, views: LaunchCampaign['views']): string[] {
  const ids = new Set<string>();
  for (const view of views) if (matchesTargetRule(rule, view)) ids.add(view.customerId);
  return [...ids].sort();
}

function openCampaign(state: CampaignState, campaignId: string): Campaign {
  if (!isPlanned(state)) throw new CampaignNotFound(campaignId);
  if (state.status === 'closed') throw new CampaignAlreadyClosed(campaignId);
  return state;
}

function ruleOf(input: unknown): TargetRule {
  try {
    return parseTargetRule(input);
  } catch (error) {
    if (error instanceof TargetRuleError) throw new InvalidTargetRule(error.field, error.problem);
    throw error;
  }
}

function chunked(ids: readonly string[], size: number): string[][] {
  const chunks: string[][] = [];
  for (let start = 0; start < ids.length; start += size) chunks.push(ids.slice(start, start + size));
  return chunks;
}
