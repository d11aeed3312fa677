import type { Money } from '../money';
import type { TargetRule } from '../targeting/target-rule';
import type { CampaignEvent, CampaignWindow } from './campaign.events';
import { assertNever } from '../assert-never';

export type CampaignStatus = 'planned' | 'launched' | 'closed';

export type Campaign = {
  status: CampaignStatus;
  campaignId: string;
  name: string;
  productCode: string | null;
  targetRule: TargetRule;
  window: CampaignWindow;
  budget: Money;
  plannedAt: string;
  launchedAt: string | null;
  targetsFrozenAt: string | null;
  targetCount: number;
  /** customerId → true: who may be contacted under the campaign. */
  targets: Record<string, true>;
  closedAt: string | null;
};

export type CampaignState = { status: 'not-planned' } | Campaign;

export const initialCampaignState = (): CampaignState => ({ status: 'not-planned' });

export function isPlanned(state: CampaignState): state is Campaign {
  return state.status !== 'not-planned';
}

export function evolveCampaign(state: CampaignState, event: CampaignEvent): CampaignState {
  switch (event.type) {
    case 'CampaignPlanned': {
      const { campaignId, name, productCode, targetRule, window, budget, plannedAt } = event.data;
      return {
        status: 'planned',
        campaignId,
        name,
        productCode: productCode ?? null,
        targetRule,
        window,
        budget,
        plannedAt,
        launchedAt: null,
        targetsFrozenAt: null,
        targetCount: 0,
        targets: {},
        closedAt: null,
      };
    }
    case 'CampaignLaunched': {
      if (!isPlanned(state)) return state;
      const { targetsFrozenAt, targetCount, launchedAt } = event.data;
      return { ...state, status: 'launched', targetsFrozenAt, targetCount, launchedAt };
    }
    case 'CampaignTargetsFrozen': {
      if (!isPlanned(state)) return state;
      const targets = { ...state.targets };
      for (const customerId of event.data.customerIds) targets[customerId] = true;
      return { ...state, targets };
    }
    case 'CampaignClosed':
      return isPlanned(state) ? { ...state, status: 'closed', closedAt: event.data.closedAt } : state;
    default:
      return assertNever(event);
  }
}
