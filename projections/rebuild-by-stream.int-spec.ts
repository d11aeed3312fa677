import { type CampaignCommand, campaignAggregate, DEFAULT_POLICIES } from '@ledger/domain';
import { SqliteEventStore } from '@ledger/event-store';
import {
  DEVELOPMENT_MASTER_KEY,
  EncryptingEventStore,
  masterKeyFrom,
  SqliteKeyStore,
} from '@ledger/personal-data';
import { type Projection, ProjectionRuntime } from '@ledger/projection-runtime';
import { EmbeddedReadStore, type ReadDocument } from '@ledger/read-store';
import { seedLedger } from '@ledger/seed';
import { targetViewsAt } from './campaign-targets';
import { allProjections } from './index';

/** This spec runs under the seed defaults; the apps build theirs from configuration. */
const SEED_DEFAULT_PROJECTIONS = allProjections(DEFAULT_POLICIES);

/** A campaign planned and launched over the seeded customers: the seed writes none yet. */
async function withCampaign(events: EncryptingEventStore): Promise<void> {
  const upTo = (await events.headPosition()) ?? '0';
  const now = '2026-11-20T00:00:00.000Z';
  const views = await targetViewsAt(
    events.readByStream({ upTo, streamPrefixes: ['customer-'] }),
    now,
    DEFAULT_POLICIES,
  );
  const base = {
    campaignId: '5e0c1d2a-3b4c-4d5e-8f60-718293a4b5c6',
    actor: { id: 'cm-gao', role: 'campaign-manager' },
    now,
  };
  const commands: CampaignCommand[] = [
    {
      ...base,
      type: 'PlanCampaign',
      name: 'retail deposit holders',
      productCode: 'TD-12M',
      targetRule: { all: [{ field: 'segment', in: ['retail'] }] },
      window: { from: now, to: '2027-01-01T00:00:00.000Z' },
      budget: { amountMinor: 1_000_000, currency: 'CNY' },
    },
    { ...base, type: 'LaunchCampaign', frozenAt: upTo, views },
  ];
  let state = campaignAggregate.initialState();
  for (const command of commands) {
    const decided = campaignAggregate.decide(command, state, DEFAULT_POLICIES);
    for (const { event } of decided) state = campaignAggregate.evolve(state, event);
    await events.append(
      `campaign-${base.campaignId}`,
      decided.map(({ event }, index) => ({
        eventId: `00000000-0000-4000-8000-${String(index + (command.type === 'PlanCampaign' ? 1 : 10)).padStart(12, '0')}`,
        type: event.type,
        data: event.data as never,
        metadata: { schemaVersion: 1 },
      })),
      { streamState: 'any' },
    );
  }
}

/** Builds the projections from position 0 into a fresh read store; every document of every collection, by _id. */
async function build(events: EncryptingEventStore, projections: readonly Projection[]) {
  const reads = new EmbeddedReadStore({ file: ':memory:' });
  // Small batches and windows: many commits, documents carried between them.
  const runtime = new ProjectionRuntime({
    eventStore: events,
    readStore: reads,
    projections,
    batchSize: 50,
    catchUpCommitBytes: 64 * 1024,
  });
  await runtime.start();
  await runtime.waitUntilLive({ timeoutMs: 60_000 });
  await runtime.stop();
  const built: Record<string, Record<string, ReadDocument>> = {};
  for (const collection of projections.flatMap((projection) => projection.collections)) {
    const documents = await reads.find(collection, {}, { sort: { _id: 1 } });
    built[collection] = Object.fromEntries(documents.map((document) => [document._id, document]));
  }
  await reads.close();
  return built;
}

describe('every read model declared rebuildByStream', () => {
  it('builds the same documents stream by stream as in log order, from a seeded ledger', async () => {
    const inner = new SqliteEventStore(':memory:');
    const keys = new SqliteKeyStore(':memory:', masterKeyFrom(DEVELOPMENT_MASTER_KEY));
    const events = new EncryptingEventStore(inner, keys);
    await seedLedger({ customers: 120, seed: 9, store: events });
    await withCampaign(events);

    expect(SEED_DEFAULT_PROJECTIONS.every((projection) => projection.rebuildByStream === true)).toBe(true);
    const byStream = await build(events, SEED_DEFAULT_PROJECTIONS);
    const logOrder = await build(
      events,
      SEED_DEFAULT_PROJECTIONS.map((projection) => ({ ...projection, rebuildByStream: false })),
    );
    for (const [collection, documents] of Object.entries(logOrder)) {
      expect(Object.keys(documents).length).toBeGreaterThan(0);
      expect({ [collection]: byStream[collection] }).toEqual({ [collection]: documents });
    }
    await events.close();
    await keys.close();
  });
});
