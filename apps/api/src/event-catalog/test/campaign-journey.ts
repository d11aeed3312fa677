import {
  type CampaignCommand,
  type CampaignEvent,
  campaignAggregate,
  DEFAULT_POLICIES,
  type TargetView,
} from '@ledger/domain';

const CAMPAIGN_ID = '5e0c1d2a-3b4c-4d5e-8f60-718293a4b5c6';
const actor = { id: 'cm-gao', role: 'campaign-manager' };

const target = (customerId: string): TargetView => ({
  customerId,
  active: true,
  segment: 'retail',
  tier: 'WEALTH',
  assetsMinor: 60_000_000,
  holdingTypes: ['time-deposit'],
  riskLevel: null,
  occupation: null,
  lifecycle: 'GROWING',
  flags: [],
});

/** A campaign planned, launched with two targets and closed, by the campaign decider: every campaign event type. */
export function campaignJourney(): CampaignEvent[] {
  const commands: CampaignCommand[] = [
    {
      type: 'PlanCampaign',
      campaignId: CAMPAIGN_ID,
      actor,
      now: '2026-11-20T09:00:00.000Z',
      name: 'Year-end 12-month deposit',
      productCode: 'TD-12M',
      targetRule: {
        all: [
          { field: 'segment', in: ['retail'] },
          { field: 'assets', min: 50_000_000 },
          { field: 'riskLevel', min: 'C2' },
          { field: 'holdingTypes', any: ['time-deposit'], none: ['loan'] },
        ],
      },
      window: { from: '2026-12-01T00:00:00Z', to: '2027-01-01T00:00:00Z' },
      budget: { amountMinor: 1_000_000, currency: 'CNY' },
    },
    {
      type: 'LaunchCampaign',
      campaignId: CAMPAIGN_ID,
      actor,
      now: '2026-12-01T09:00:00.000Z',
      frozenAt: '42',
      views: [target('6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b'), target('0b9c6a52-3f0e-4a8e-9d7e-5f1c2b3a4d5e')],
    },
    {
      type: 'CloseCampaign',
      campaignId: CAMPAIGN_ID,
      actor,
      now: '2027-01-02T09:00:00.000Z',
      reason: 'over',
    },
  ];
  let state = campaignAggregate.initialState();
  const events: CampaignEvent[] = [];
  for (const command of commands) {
    for (const { event } of campaignAggregate.decide(command, state, DEFAULT_POLICIES)) {
      state = campaignAggregate.evolve(state, event);
      events.push(event);
    }
  }
  return events;
}
