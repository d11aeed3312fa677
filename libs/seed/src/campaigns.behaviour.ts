import {
  type CampaignCommand,
  type CampaignResponse,
  type CampaignState,
  campaignAggregate,
  type Customer,
  customerAggregate,
  type CustomerState,
  DEFAULT_POLICIES,
  flagsAt,
  type DomainEvent,
  type DecidedEvent,
  isDormant,
  isOnboarded,
  lifecycleStage,
  type LogContact,
  money,
  targetViewOf,
} from '@ledger/domain';
import type { EventStore, EventToAppend, JsonObject } from '@ledger/event-store';
import { Rng } from './prng';

/** Marketing plans these at the end of the story; the rules use only what the seed's customers carry. */
const CAMPAIGNS = [
  {
    name: '年末定期存款营销',
    productCode: 'TD-12M',
    targetRule: {
      all: [
        { field: 'segment', in: ['retail'] },
        { field: 'assets', min: 50_000_000 },
        { field: 'holdingTypes', any: ['time-deposit'] },
      ],
    },
    budget: money(2_000_000),
  },
  {
    name: '新客理财体验',
    productCode: 'WM-180D',
    targetRule: {
      all: [
        { field: 'lifecycle', in: ['NEW', 'GROWING'] },
        { field: 'flags', none: ['dormant'] },
      ],
    },
    budget: money(1_000_000),
  },
] as const;

/** A third of the targets are called; how they answer. */
const CONTACTED = 0.35;
const RESPONSES: readonly CampaignResponse[] = ['interested', 'declined', 'no-answer', 'no-answer'];
const MARKETING = { id: 'cm-gao', role: 'campaign-manager' };
const WINDOW_DAYS = 45;

/**
 * Plans and launches the campaigns at `at` (the end of the story), freezing their targets from the
 * customers as the log holds them, then logs the managers' campaign calls to some targets. Every
 * event comes from the campaign and customer deciders.
 */
export async function seedCampaigns(
  store: EventStore,
  seed: number,
  at: string,
): Promise<Record<string, number>> {
  const upTo = (await store.headPosition()) ?? '0';
  const customers = await customersUpTo(store, upTo);
  const views = [...customers.values()].map(({ customer }) =>
    targetViewOf(customer, {
      lifecycle: lifecycleStage(customer.onboardedAt, at, DEFAULT_POLICIES.lifecycle),
      dormant: isDormant(customer, at, DEFAULT_POLICIES.dormant),
      riskLevel: null,
      miningFlags: flagsAt(customer, at, DEFAULT_POLICIES).map((judgment) => judgment.flag),
    }),
  );
  const rng = new Rng(seed, 1_000_003);
  const to = new Date(Date.parse(at) + WINDOW_DAYS * 86_400_000).toISOString();
  const written: Record<string, number> = {};
  const count = (types: readonly string[]) => {
    for (const type of types) written[type] = (written[type] ?? 0) + 1;
  };
  for (const plan of CAMPAIGNS) {
    const campaignId = rng.uuid();
    const base = { campaignId, actor: MARKETING, now: at };
    const commands: CampaignCommand[] = [
      { ...base, type: 'PlanCampaign', ...plan, window: { from: at, to } },
      { ...base, type: 'LaunchCampaign', frozenAt: upTo, views },
    ];
    let state: CampaignState = campaignAggregate.initialState();
    for (const command of commands) {
      const decided = campaignAggregate.decide(command, state, DEFAULT_POLICIES);
      state = decided.reduce((next, { event }) => campaignAggregate.evolve(next, event), state);
      await store.append(
        `campaign-${campaignId}`,
        decided.map((next) => envelope(next, rng)),
        {
          streamState: command.type === 'PlanCampaign' ? 'no_stream' : 'stream_exists',
        },
      );
      count(decided.map(({ event }) => event.type));
    }
    if (state.status !== 'launched') continue;
    for (const customerId of Object.keys(state.targets).sort()) {
      const target = customers.get(customerId);
      if (target === undefined || !rng.chance(CONTACTED)) continue;
      count(await callTarget(store, rng, target, campaignId, at));
    }
  }
  return written;
}

type Folded = { customer: Customer; revision: number };

async function callTarget(store: EventStore, rng: Rng, target: Folded, campaignId: string, at: string) {
  const { customer } = target;
  const response = RESPONSES[rng.int(0, RESPONSES.length - 1)] ?? 'no-answer';
  const command: LogContact = {
    type: 'LogContact',
    customerId: customer.customerId,
    actor: { id: customer.relationshipManagerId, role: 'relationship-manager' },
    now: at,
    contactId: rng.uuid(),
    channel: 'phone',
    purpose: '营销活动回访',
    outcome: response === 'interested' ? '客户有意向，已发送产品说明' : '已告知活动内容',
    relationshipManagerId: customer.relationshipManagerId,
    campaign: { campaignId, response, facts: { status: 'launched', targeted: true } },
  };
  const decided = customerAggregate.decide(command, customer, DEFAULT_POLICIES);
  await store.append(
    `customer-${customer.customerId}`,
    decided.map((next) => envelope(next, rng)),
    {
      streamState: BigInt(target.revision),
    },
  );
  target.revision += decided.length;
  return decided.map(({ event }) => event.type);
}

/** Every customer's state in the log up to `upTo`, by the customer aggregate's own fold. */
async function customersUpTo(store: EventStore, upTo: string): Promise<Map<string, Folded>> {
  const folded = new Map<string, Folded>();
  const states = new Map<string, { state: CustomerState; revision: number }>();
  for await (const chunk of store.readByStream({ upTo, streamPrefixes: ['customer-'] })) {
    let current = states.get(chunk.stream) ?? { state: customerAggregate.initialState(), revision: -1 };
    for (const recorded of chunk.events) {
      const event = customerAggregate.eventOf(recorded);
      const state = event === null ? current.state : customerAggregate.evolve(current.state, event);
      current = { state, revision: Number(recorded.revision) };
    }
    states.set(chunk.stream, current);
  }
  for (const { state, revision } of states.values())
    if (isOnboarded(state) && state.status === 'active')
      folded.set(state.customerId, { customer: state, revision });
  return folded;
}

function envelope({ event, actor, occurredAt }: DecidedEvent<DomainEvent>, rng: Rng): EventToAppend {
  return {
    eventId: rng.uuid(),
    type: event.type,
    data: event.data as JsonObject,
    metadata: { schemaVersion: event.schemaVersion, occurredAt, actor: { id: actor.id, role: actor.role } },
  };
}
