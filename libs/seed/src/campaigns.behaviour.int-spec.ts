import { type RecordedEvent, SqliteEventStore } from '@ledger/event-store';
import {
  DEVELOPMENT_MASTER_KEY,
  EncryptingEventStore,
  masterKeyFrom,
  SqliteKeyStore,
} from '@ledger/personal-data';
import { seedLedger } from './seed-ledger';

async function seededWithCampaigns(seed: number) {
  const inner = new SqliteEventStore(':memory:');
  const keys = new SqliteKeyStore(':memory:', masterKeyFrom(DEVELOPMENT_MASTER_KEY));
  const store = new EncryptingEventStore(inner, keys);
  const summary = await seedLedger({ customers: 150, seed, store, campaigns: true });
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  await store.close();
  await keys.close();
  return { summary, events };
}

describe('seedLedger with campaigns (the demo)', () => {
  it('plans and launches two campaigns and logs calls to their targets only, deterministically', async () => {
    const { summary, events } = await seededWithCampaigns(7);
    expect(summary.refusals).toEqual([]);
    expect(summary.eventsByType).toMatchObject({ CampaignPlanned: 2, CampaignLaunched: 2 });
    const targets = new Map<string, Set<string>>();
    for (const event of events)
      if (event.type === 'CampaignTargetsFrozen') {
        const { campaignId, customerIds } = event.data as { campaignId: string; customerIds: string[] };
        targets.set(campaignId, new Set([...(targets.get(campaignId) ?? []), ...customerIds]));
      }
    expect([...targets.values()].every((ids) => ids.size > 0)).toBe(true);
    const calls = events.flatMap((event) => {
      const campaign = (event.data as { campaign?: { campaignId: string } }).campaign;
      return event.type === 'ContactLogged' && campaign !== undefined
        ? [{ campaignId: campaign.campaignId, customerId: String(event.data['customerId']) }]
        : [];
    });
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) expect(targets.get(call.campaignId)?.has(call.customerId)).toBe(true);

    const again = await seededWithCampaigns(7);
    const ids = (log: RecordedEvent[]) => log.map(({ eventId, type, data }) => ({ eventId, type, data }));
    expect(ids(again.events)).toEqual(ids(events));
  });
});
