import { type Aggregate, decidedBy, type StoredEventShape } from '../aggregate/aggregate';
import { assertNever } from '../assert-never';
import type { CampaignCommand } from './campaign.commands';
import { closeCampaign, launchCampaign, planCampaign } from './campaign.decider';
import { type CampaignEvent, isCampaignEventType } from './campaign.events';
import { type CampaignState, evolveCampaign, initialCampaignState } from './campaign.state';

export const CAMPAIGN_CATEGORY = 'campaign';

function decideCampaign(
  command: CampaignCommand,
  state: CampaignState,
  policies: Parameters<Aggregate<CampaignCommand, CampaignEvent, CampaignState>['decide']>[2],
): CampaignEvent[] {
  switch (command.type) {
    case 'PlanCampaign':
      return planCampaign(command, state);
    case 'LaunchCampaign':
      return launchCampaign(command, state, policies.campaign);
    case 'CloseCampaign':
      return closeCampaign(command, state);
    default:
      return assertNever(command);
  }
}

/** The business time of each campaign event; a chunk of the target list is as old as its launch. */
function occurredAtOf(event: CampaignEvent, now: string): string {
  switch (event.type) {
    case 'CampaignPlanned':
      return event.data.plannedAt;
    case 'CampaignLaunched':
      return event.data.launchedAt;
    case 'CampaignClosed':
      return event.data.closedAt;
    case 'CampaignTargetsFrozen':
      return now;
    default:
      return assertNever(event);
  }
}

/** A marketing campaign (`campaign-<id>`, DESIGN §8): planned, launched with frozen targets, closed. */
export const campaignAggregate: Aggregate<CampaignCommand, CampaignEvent, CampaignState> = {
  category: CAMPAIGN_CATEGORY,
  idOf: (command) => command.campaignId,
  initialState: initialCampaignState,
  evolve: evolveCampaign,
  decide: (command, state, policies) => {
    const events = decideCampaign(command, state, policies);
    const launchedAt = events[0]?.type === 'CampaignLaunched' ? events[0].data.launchedAt : command.now;
    return decidedBy(events, command.actor, (event) => occurredAtOf(event, launchedAt));
  },
  eventOf: (recorded: StoredEventShape) =>
    isCampaignEventType(recorded.type)
      ? ({ type: recorded.type, schemaVersion: 1, data: recorded.data } as CampaignEvent)
      : null,
};

export function campaignStream(campaignId: string): string {
  return `${CAMPAIGN_CATEGORY}-${campaignId}`;
}
