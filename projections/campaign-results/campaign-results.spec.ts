import {
  type CampaignEvent,
  campaignAggregate,
  DEFAULT_POLICIES,
  type LaunchCampaign,
  money,
  type PlanCampaign,
  type TargetView,
} from '@ledger/domain';
import type { JsonObject, RecordedEvent } from '@ledger/event-store';
import { DecidedLedger } from '../shared/test/decided-ledger';
import { foldEvents, readStoreWith } from '../shared/test/fold-events';
import { campaignPerformance } from './campaign-performance.query';
import { CAMPAIGN_MEMBERS, CAMPAIGNS } from './campaign-results.documents';
import { campaignResultsProjection } from './campaign-results.projection';

const CAMPAIGN = 'camp-1';
const MARKETING = { id: 'cm-gao', role: 'campaign-manager' };
const yuan = (amount: number) => money(amount * 100);
const at = (date: string) => `${date}T09:00:00.000Z`;

/** Customers from the decider, campaign events from the campaign aggregate, in one log. */
class Log {
  readonly customers = new DecidedLedger();
  readonly events: RecordedEvent[] = [];
  private campaign = campaignAggregate.initialState();
  private synced = 0;

  customer(...args: Parameters<DecidedLedger['run']>): void {
    this.customers.run(...args);
    this.sync();
  }

  decideCampaign(command: PlanCampaign | LaunchCampaign): void {
    for (const { event } of campaignAggregate.decide(command, this.campaign, DEFAULT_POLICIES)) {
      this.campaign = campaignAggregate.evolve(this.campaign, event as CampaignEvent);
      this.push('campaign-' + CAMPAIGN, event.type, event.data as unknown as JsonObject);
    }
  }

  private sync(): void {
    for (const recorded of this.customers.events.slice(this.synced))
      this.push(recorded.stream, recorded.type, recorded.data, recorded);
    this.synced = this.customers.events.length;
  }

  private push(stream: string, type: string, data: JsonObject, from?: RecordedEvent): void {
    const position = String(this.events.length + 1);
    this.events.push({
      eventId: `00000000-0000-4000-9000-${position.padStart(12, '0')}`,
      stream,
      type,
      revision: 0n,
      position,
      data,
      metadata: from?.metadata ?? { schemaVersion: 1, recordedAt: at('2026-12-01'), prevHash: '', hash: '' },
    });
  }
}

const view = (customerId: string): TargetView => ({
  customerId,
  active: true,
  segment: 'retail',
  tier: 'MASS',
  assetsMinor: 0,
  holdingTypes: [],
  riskLevel: null,
  occupation: null,
  lifecycle: 'NEW',
  flags: ['marketing-consent'],
});

function scenario(): Log {
  const log = new Log();
  for (const id of ['anna', 'bao', 'cai', 'dai'])
    log.customer('OnboardCustomer', id, at('2026-11-01'), {
      segment: 'retail',
      name: `客户 ${id}`,
      idNumber: '110101199003071234',
      phone: '+8613800138000',
      branchId: 'b1',
      relationshipManagerId: 'rm-li',
      consent: { marketing: true },
    });
  const subscribe = (id: string, holdingId: string, productCode: string, amount: number, date: string) =>
    log.customer('SubscribeProduct', id, at(date), {
      holdingId,
      productCode,
      productType: 'time-deposit',
      principal: yuan(amount),
      openedAt: at(date),
    });
  // Before the launch: converts nothing.
  subscribe('anna', 'TD-0', 'TD-12M', 10_000, '2026-12-01');
  log.decideCampaign({
    type: 'PlanCampaign',
    campaignId: CAMPAIGN,
    actor: MARKETING,
    now: at('2026-11-20'),
    name: 'Year-end deposit',
    productCode: 'TD-12M',
    targetRule: { all: [] },
    window: { from: at('2026-12-01'), to: at('2027-01-01') },
    budget: yuan(10_000),
  });
  log.decideCampaign({
    type: 'LaunchCampaign',
    campaignId: CAMPAIGN,
    actor: MARKETING,
    now: at('2026-12-02'),
    frozenAt: '5',
    views: ['anna', 'bao', 'cai'].map(view),
  });
  const contact = (id: string, contactId: string, response: 'interested' | 'declined' | 'no-answer') =>
    log.customer('LogContact', id, at('2026-12-03'), {
      contactId,
      channel: 'phone',
      purpose: 'year-end deposit',
      outcome: response,
      relationshipManagerId: 'rm-li',
      campaign: { campaignId: CAMPAIGN, response, facts: { status: 'launched', targeted: true } },
    });
  contact('anna', 'k-1', 'no-answer');
  contact('anna', 'k-2', 'interested');
  contact('bao', 'k-3', 'declined');
  subscribe('anna', 'TD-1', 'TD-12M', 500_000, '2026-12-05'); // converts
  subscribe('anna', 'TD-2', 'TD-12M', 100_000, '2026-12-06'); // converts: same customer, more amount
  subscribe('bao', 'TD-3', 'FUND-A', 200_000, '2026-12-05'); // another product
  subscribe('cai', 'TD-4', 'TD-12M', 300_000, '2027-01-02'); // after the window
  subscribe('dai', 'TD-5', 'TD-12M', 300_000, '2026-12-05'); // not a target
  return log;
}

describe('campaign results', () => {
  it('counts contacts and responses on the campaign, targets on their members', () => {
    const folded = foldEvents(campaignResultsProjection, scenario().events);
    expect(folded[CAMPAIGNS]![CAMPAIGN]).toMatchObject({
      status: 'launched',
      targetCount: 3,
      contacts: 3,
      responses: { interested: 1, declined: 1, 'no-answer': 1 },
      contacted: { anna: true, bao: true },
      answered: { anna: true, bao: true },
    });
    const members = folded[CAMPAIGN_MEMBERS]!;
    expect(Object.keys(members).sort()).toEqual(['anna', 'bao', 'cai', 'dai']);
    expect(members['anna']).toMatchObject({
      targetedBy: [CAMPAIGN],
      targetedFrom: { [CAMPAIGN]: expect.any(String) },
    });
    expect(members['dai']).toMatchObject({ targetedBy: [] });
  });

  it('attributes conversions from events: targets subscribing the product inside the window after the launch', async () => {
    const store = await readStoreWith(foldEvents(campaignResultsProjection, scenario().events));
    const performance = await campaignPerformance(store, CAMPAIGN, DEFAULT_POLICIES.campaign);
    expect(performance).toMatchObject({
      targets: 3,
      contacts: 3,
      contactedTargets: 2,
      responseRate: 0.6667,
      conversions: 1,
      conversionRate: 0.3333,
      convertedAmount: { amount: '600000.00', currency: 'CNY' },
      costPerConversion: { amount: '10000.00', currency: 'CNY' },
      // (600,000 × 1% − 10,000) / 10,000
      roi: -0.4,
      revenueRate: 0.01,
    });
    expect(await campaignPerformance(store, 'unknown', DEFAULT_POLICIES.campaign)).toBeNull();
  });

  it('folds the same documents stream by stream as in log order', () => {
    const { events } = scenario();
    const byStream = [...events].sort(
      (a, b) => a.stream.localeCompare(b.stream) || Number(a.position) - Number(b.position),
    );
    expect(foldEvents(campaignResultsProjection, byStream)).toEqual(
      foldEvents(campaignResultsProjection, events),
    );
  });
});
