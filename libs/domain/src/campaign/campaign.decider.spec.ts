import { givenCampaign } from '../../test/campaign-specification';
import {
  CampaignAlreadyClosed,
  CampaignAlreadyLaunched,
  CampaignAlreadyPlanned,
  CampaignNotFound,
  CampaignWindowEnded,
  CampaignWindowOrder,
  InvalidAmount,
  InvalidTargetRule,
} from '../errors';
import { DEFAULT_POLICIES } from '../policies/domain-policies';
import type { TargetView } from '../targeting/target-rule';
import { campaignAggregate } from './campaign.aggregate';
import type { CampaignCommand, LaunchCampaign, PlanCampaign } from './campaign.commands';
import type { CampaignEvent, CampaignPlanned } from './campaign.events';

const CAMPAIGN_ID = '5e0c1d2a-3b4c-4d5e-8f60-718293a4b5c6';
const MARKETING = { id: 'cm-gao', role: 'campaign-manager' };
const NOW = '2026-12-01T09:00:00.000Z';
const RULE = { all: [{ field: 'assets', min: 50_000_000 }] };

const plan: PlanCampaign = {
  type: 'PlanCampaign',
  campaignId: CAMPAIGN_ID,
  actor: MARKETING,
  now: NOW,
  name: 'Year-end time deposit',
  productCode: 'TD-12M',
  targetRule: RULE,
  window: { from: '2026-12-01T00:00:00Z', to: '2027-01-01T00:00:00Z' },
  budget: { amountMinor: 1_000_000, currency: 'CNY' },
};

const planned: CampaignPlanned = {
  type: 'CampaignPlanned',
  schemaVersion: 1,
  data: {
    campaignId: CAMPAIGN_ID,
    name: 'Year-end time deposit',
    productCode: 'TD-12M',
    targetRule: { all: [{ field: 'assets', min: 50_000_000 }] },
    window: { from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' },
    budget: { amountMinor: 1_000_000, currency: 'CNY' },
    plannedAt: NOW,
  },
};

const view = (customerId: string, assetsMinor: number): TargetView => ({
  customerId,
  active: true,
  segment: 'retail',
  tier: 'WEALTH',
  assetsMinor,
  holdingTypes: [],
  riskLevel: null,
  occupation: null,
  lifecycle: 'NEW',
  flags: ['marketing-consent'],
});

const launch = (views: TargetView[], now = '2026-12-02T09:00:00.000Z'): LaunchCampaign => ({
  type: 'LaunchCampaign',
  campaignId: CAMPAIGN_ID,
  actor: MARKETING,
  now,
  frozenAt: '42',
  views,
});

const close: CampaignCommand = {
  type: 'CloseCampaign',
  campaignId: CAMPAIGN_ID,
  actor: MARKETING,
  now: '2027-01-02T09:00:00.000Z',
  reason: 'window over',
};

const launchedWith = (customerIds: string[]): CampaignEvent[] => [
  {
    type: 'CampaignLaunched',
    schemaVersion: 1,
    data: {
      campaignId: CAMPAIGN_ID,
      targetsFrozenAt: '42',
      targetCount: customerIds.length,
      chunks: 1,
      launchedAt: '2026-12-02T09:00:00.000Z',
    },
  },
  {
    type: 'CampaignTargetsFrozen',
    schemaVersion: 1,
    data: { campaignId: CAMPAIGN_ID, chunk: 0, customerIds },
  },
];

describe('planning a campaign', () => {
  describe('when not planned', () => {
    it('records the plan with its rule parsed and its window normalised', () => {
      givenCampaign().when(plan).then([planned]);
    });

    it('omits the product when none is named', () => {
      const { productCode: _none, ...withoutProduct } = plan;
      const [event] = givenCampaign().when(withoutProduct).events();
      expect(event?.data).not.toHaveProperty('productCode');
    });

    it('refuses a rule that does not parse, naming the term', () => {
      const error = givenCampaign()
        .when({ ...plan, targetRule: { all: [{ field: 'colour', in: ['red'] }] } })
        .thenThrows(InvalidTargetRule);
      expect(error.details).toEqual({ field: 'targetRule.all[0].field' });
    });

    it('refuses a window that ends before it starts, and a negative budget', () => {
      givenCampaign()
        .when({ ...plan, window: { from: '2027-01-01T00:00:00Z', to: '2026-12-01T00:00:00Z' } })
        .thenThrows(CampaignWindowOrder);
      givenCampaign()
        .when({ ...plan, budget: { amountMinor: -1, currency: 'CNY' } })
        .thenThrows(InvalidAmount);
    });
  });

  describe('when planned', () => {
    it('refuses the same campaign again', () => {
      givenCampaign([planned]).when(plan).thenThrows(CampaignAlreadyPlanned);
    });
  });
});

describe('launching a campaign', () => {
  describe('when not planned', () => {
    it('refuses: there is no campaign', () => {
      givenCampaign().when(launch([])).thenThrows(CampaignNotFound);
    });
  });

  describe('when planned', () => {
    it('freezes the matching customers, sorted, with the position they were read at', () => {
      givenCampaign([planned])
        .when(
          launch([
            view('c-3', 60_000_000),
            view('c-1', 10),
            view('c-2', 50_000_000),
            view('c-3', 60_000_000),
          ]),
        )
        .then(launchedWith(['c-2', 'c-3']));
    });

    it('never targets an offboarded customer', () => {
      const [, frozen] = givenCampaign([planned])
        .when(launch([{ ...view('c-1', 90_000_000), active: false }, view('c-2', 90_000_000)]))
        .events();
      expect(frozen?.data).toMatchObject({ customerIds: ['c-2'] });
    });

    it('splits the list into chunks of the policy size, so no event grows with the list', () => {
      const policies = {
        ...DEFAULT_POLICIES,
        campaign: { ...DEFAULT_POLICIES.campaign, targetsPerEvent: 2 },
      };
      const views = ['c-1', 'c-2', 'c-3', 'c-4', 'c-5'].map((id) => view(id, 90_000_000));
      const events = givenCampaign([planned], policies).when(launch(views)).events();
      expect(events.map((event) => event.type)).toEqual([
        'CampaignLaunched',
        'CampaignTargetsFrozen',
        'CampaignTargetsFrozen',
        'CampaignTargetsFrozen',
      ]);
      expect(events[0]?.data).toMatchObject({ targetCount: 5, chunks: 3 });
      expect(events.slice(1).map((event) => event.data)).toEqual([
        { campaignId: CAMPAIGN_ID, chunk: 0, customerIds: ['c-1', 'c-2'] },
        { campaignId: CAMPAIGN_ID, chunk: 1, customerIds: ['c-3', 'c-4'] },
        { campaignId: CAMPAIGN_ID, chunk: 2, customerIds: ['c-5'] },
      ]);
    });

    it('launches with no target and no chunk when nobody matches', () => {
      const events = givenCampaign([planned])
        .when(launch([view('c-1', 1)]))
        .events();
      expect(events).toEqual([
        expect.objectContaining({
          type: 'CampaignLaunched',
          data: expect.objectContaining({ targetCount: 0, chunks: 0 }),
        }),
      ]);
    });

    it('refuses a launch once the window has ended', () => {
      givenCampaign([planned]).when(launch([], '2027-01-01T00:00:00.000Z')).thenThrows(CampaignWindowEnded);
    });
  });

  describe('when launched', () => {
    it('refuses a second launch', () => {
      givenCampaign([planned, ...launchedWith(['c-2'])])
        .when(launch([]))
        .thenThrows(CampaignAlreadyLaunched);
    });

    it('holds the frozen targets in its state', () => {
      const state = [planned, ...launchedWith(['c-2', 'c-3'])].reduce(
        campaignAggregate.evolve,
        campaignAggregate.initialState(),
      );
      expect(state).toMatchObject({
        status: 'launched',
        targetCount: 2,
        targets: { 'c-2': true, 'c-3': true },
      });
    });
  });
});

describe('closing a campaign', () => {
  it('closes a launched campaign (and a planned one: a cancellation)', () => {
    const closed: CampaignEvent = {
      type: 'CampaignClosed',
      schemaVersion: 1,
      data: { campaignId: CAMPAIGN_ID, reason: 'window over', closedAt: '2027-01-02T09:00:00.000Z' },
    };
    givenCampaign([planned, ...launchedWith(['c-2'])])
      .when(close)
      .then([closed]);
    givenCampaign([planned]).when(close).then([closed]);
  });

  it('refuses an unknown campaign, a second closure and a launch after closure', () => {
    givenCampaign().when(close).thenThrows(CampaignNotFound);
    const closed: CampaignEvent = {
      type: 'CampaignClosed',
      schemaVersion: 1,
      data: { campaignId: CAMPAIGN_ID, reason: 'cancelled', closedAt: NOW },
    };
    givenCampaign([planned, closed]).when(close).thenThrows(CampaignAlreadyClosed);
    givenCampaign([planned, closed]).when(launch([])).thenThrows(CampaignAlreadyClosed);
  });
});

describe('the campaign aggregate', () => {
  it('attributes every event to the caller at its business time; chunks at the launch', () => {
    const state = campaignAggregate.evolve(campaignAggregate.initialState(), planned);
    const decided = campaignAggregate.decide(launch([view('c-2', 90_000_000)]), state, DEFAULT_POLICIES);
    expect(decided.map(({ actor, occurredAt }) => ({ actor, occurredAt }))).toEqual([
      { actor: MARKETING, occurredAt: '2026-12-02T09:00:00.000Z' },
      { actor: MARKETING, occurredAt: '2026-12-02T09:00:00.000Z' },
    ]);
    expect(campaignAggregate.idOf(plan)).toBe(CAMPAIGN_ID);
    expect(campaignAggregate.eventOf({ type: 'CampaignPlanned', data: planned.data, metadata: {} })).toEqual(
      planned,
    );
    expect(campaignAggregate.eventOf({ type: 'ContactLogged', data: {}, metadata: {} })).toBeNull();
  });
});
