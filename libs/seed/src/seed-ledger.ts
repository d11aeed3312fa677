import { DAY_MS } from '@ledger/domain';
import type { AppendResult, EventStore } from '@ledger/event-store';
import { BankDirectory } from './bank-directory';
import { seedCampaigns } from './campaigns.behaviour';
import { catalogLaunches } from './catalog-launches';
import { dayOf, iso } from './business-time';
import { CustomerAgent, type SeedWorld } from './customer-agent';
import { customerStory } from './customer-story';
import { opportunitiesOf } from './opportunities.behaviour';
import { seedHouseholds } from './households.behaviour';
import { seedVipEvents } from './vip-events.behaviour';
import { seedInstructions } from './instructions.behaviour';
import { seedRelatedParties } from './related-parties.behaviour';
import { seedShowcase } from './showcase.behaviour';
import { Timeline } from './timeline';

export interface SeedLedgerOptions {
  customers: number;
  seed: number;
  /** Where the events go: the application's store (EncryptingEventStore over SQLite or KurrentDB). */
  store: EventStore;
  /** Business time of the first onboarding and the end of the story (defaults: 2022-01-01, 2026-11-20). */
  from?: string;
  until?: string;
  /** Plan and launch a few campaigns at the end of the story and log calls to their targets (the demo does). */
  campaigns?: boolean;
  /** Give the README's manager (rm-li) customers with a maturity, a birthday and an overdue call tomorrow (the demo does). */
  showcase?: boolean;
  /** Called after every simulated business day. */
  onProgress?: (progress: SeedProgress) => void;
}

export interface SeedProgress {
  events: number;
  /** The business day just written, and how far through the period it is (0–1). */
  day: string;
  fraction: number;
}

export interface SeedSummary {
  customers: number;
  events: number;
  eventsByType: Record<string, number>;
  /** Commands the decider refused (skipped): a generator bug if not empty. */
  refusals: string[];
  from: string;
  until: string;
}

/** How many scripted customers `showcase` adds. */
export const SHOWCASE_CUSTOMERS = 3;

export const DEFAULT_SEED_PERIOD = {
  from: '2022-01-01T00:00:00.000Z',
  until: '2026-11-20T00:00:00.000Z',
} as const;

/**
 * Writes a deterministic ledger: the same customers, seed and period give the same events (ids,
 * data, metadata; only the store's recordedAt, hashes and ciphertext differ). Business days are
 * written in order; each day's customers append at once, so the store can group-commit them.
 */
export async function seedLedger(options: SeedLedgerOptions): Promise<SeedSummary> {
  const from = Date.parse(options.from ?? DEFAULT_SEED_PERIOD.from);
  const until = Date.parse(options.until ?? DEFAULT_SEED_PERIOD.until);
  if (!(from < until)) throw new RangeError('the seed period must end after it starts');
  if (!Number.isSafeInteger(options.customers) || options.customers < 0)
    throw new RangeError('customers must be a whole number');
  const world: SeedWorld = { directory: new BankDirectory(options.customers), from, until, refusals: [] };
  const timeline = new Timeline();
  const agents: CustomerAgent[] = [];
  for (let index = 0; index < options.customers; index++) {
    const agent = new CustomerAgent(index, options.seed, world);
    agents.push(agent);
    timeline.push(agent);
  }

  const eventsByType: Record<string, number> = {};
  let events = 0;
  // The catalog first: the demo's products are on sale for the whole period.
  for (const { stream, events: launched } of catalogLaunches(options.seed, from, until)) {
    await options.store.append(stream, launched, { streamState: 'no_stream' });
    for (const event of launched) eventsByType[event.type] = (eventsByType[event.type] ?? 0) + 1;
    events += launched.length;
  }
  while (timeline.size > 0) {
    const end = dayOf(timeline.next) + DAY_MS;
    const due: CustomerAgent[] = [];
    while (timeline.next < end) due.push(timeline.pop()!);
    const appends: Promise<AppendResult>[] = [];
    for (const agent of due) {
      const recorded = agent.runUntil(end, customerStory);
      if (recorded.length > 0) {
        const streamState = agent.revision < 0 ? 'no_stream' : BigInt(agent.revision);
        agent.revision += recorded.length;
        appends.push(options.store.append(`customer-${agent.customerId}`, recorded, { streamState }));
        for (const event of recorded) eventsByType[event.type] = (eventsByType[event.type] ?? 0) + 1;
        events += recorded.length;
        const customer = agent.customer;
        for (const opportunity of customer === null
          ? []
          : opportunitiesOf(customer, recorded, options.seed)) {
          if (opportunity.events.length === 0) continue;
          appends.push(
            options.store.append(opportunity.stream, opportunity.events, { streamState: 'no_stream' }),
          );
          for (const event of opportunity.events)
            eventsByType[event.type] = (eventsByType[event.type] ?? 0) + 1;
          events += opportunity.events.length;
        }
      }
      timeline.push(agent);
    }
    await Promise.all(appends);
    options.onProgress?.({
      events,
      day: iso(end - DAY_MS).slice(0, 10),
      fraction: Math.min(1, (end - from) / (until - from)),
    });
  }
  if (options.showcase === true) {
    const { written } = await seedShowcase(options.store, world, options.seed, options.customers);
    for (const [type, count] of Object.entries(written)) {
      eventsByType[type] = (eventsByType[type] ?? 0) + count;
      events += count;
    }
  }
  const households = await seedHouseholds(
    options.store,
    agents.map((agent) => agent.customer),
    options.seed,
    iso(until),
  );
  for (const [type, count] of Object.entries(households)) {
    eventsByType[type] = (eventsByType[type] ?? 0) + count;
    events += count;
  }
  const links = await seedRelatedParties(
    options.store,
    agents.map((agent) => ({ customer: agent.customer, revision: agent.revision })),
    options.seed,
    iso(until),
  );
  for (const [type, count] of Object.entries(links)) {
    eventsByType[type] = (eventsByType[type] ?? 0) + count;
    events += count;
  }
  const instructions = await seedInstructions(
    options.store,
    agents.map((agent) => agent.customer),
    options.seed,
    iso(until),
  );
  for (const [type, count] of Object.entries(instructions)) {
    eventsByType[type] = (eventsByType[type] ?? 0) + count;
    events += count;
  }
  if (options.campaigns === true) {
    const written = await seedCampaigns(options.store, options.seed, iso(until));
    for (const [type, count] of Object.entries(written)) {
      eventsByType[type] = (eventsByType[type] ?? 0) + count;
      events += count;
    }
    const vipEvents = await seedVipEvents(
      options.store,
      agents.map((agent) => agent.customer),
      options.seed,
      iso(until),
    );
    for (const [type, count] of Object.entries(vipEvents)) {
      eventsByType[type] = (eventsByType[type] ?? 0) + count;
      events += count;
    }
  }
  return {
    customers: options.customers + (options.showcase === true ? SHOWCASE_CUSTOMERS : 0),
    events,
    eventsByType,
    refusals: world.refusals,
    from: iso(from),
    until: iso(until),
  };
}
