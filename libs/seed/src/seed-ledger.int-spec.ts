import { type EventStore, type RecordedEvent, SqliteEventStore } from '@ledger/event-store';
import {
  EncryptingEventStore,
  masterKeyFrom,
  DEVELOPMENT_MASTER_KEY,
  SqliteKeyStore,
} from '@ledger/personal-data';
import {
  customerEventOf,
  type CustomerState,
  DEFAULT_POLICIES,
  evolve,
  flagsAt,
  initialState,
  isOnboarded,
  MINING_FLAGS,
} from '@ledger/domain';
import { seedLedger, type SeedSummary } from './seed-ledger';

const CUSTOMERS = 150;

async function all(store: EventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  return events;
}

/** A ledger seeded into in-memory stores, read back decrypted (as the api reads it) and raw. */
async function seeded(
  seed: number,
): Promise<{ summary: SeedSummary; events: RecordedEvent[]; raw: RecordedEvent[] }> {
  const inner = new SqliteEventStore(':memory:');
  const keys = new SqliteKeyStore(':memory:', masterKeyFrom(DEVELOPMENT_MASTER_KEY));
  const store = new EncryptingEventStore(inner, keys);
  const summary = await seedLedger({ customers: CUSTOMERS, seed, store });
  const result = { summary, events: await all(store), raw: await all(inner) };
  const streams = new Set(result.events.map((event) => event.stream));
  for (const stream of streams) expect((await inner.verifyStream(stream)).valid).toBe(true);
  await store.close();
  await keys.close();
  return result;
}

/** What the seed decides: everything but the store's clock, hash chain and ciphertext. */
const decided = (events: RecordedEvent[]) =>
  events.map(
    ({ eventId, stream, type, data, metadata: { recordedAt: _r, prevHash: _p, hash: _h, ...metadata } }) => ({
      ...{ eventId, stream, type, data, metadata },
    }),
  );

describe('seedLedger', () => {
  let first: Awaited<ReturnType<typeof seeded>>;

  beforeAll(async () => {
    first = await seeded(42);
  });

  it('records only what the decider accepts, about ten events a customer, every hash chain intact', () => {
    expect(first.summary.refusals).toEqual([]);
    expect(first.summary.eventsByType['CustomerOnboarded']).toBe(CUSTOMERS);
    expect(first.events.length / CUSTOMERS).toBeGreaterThan(6);
    // The end of the story adds households with their registers and corporates' payroll links.
    expect(first.events.length / CUSTOMERS).toBeLessThan(17);
  });

  it("links payroll employees to corporate clients, on the corporates' streams, in their branch (公私联动)", () => {
    const links = first.events.filter((event) => event.type === 'RelatedPartyLinked');
    expect(links.length).toBeGreaterThan(0);
    const branchOf = new Map(
      first.events
        .filter((event) => event.type === 'CustomerOnboarded')
        .map((event) => [event.data['customerId'], [event.data['segment'], event.data['branchId']]]),
    );
    for (const link of links) {
      expect(link.stream).toBe(`customer-${String(link.data['corporateId'])}`);
      expect(link.data['relation']).toBe('payroll-employee');
      expect(branchOf.get(link.data['corporateId'])?.[0]).toBe('corporate');
      expect(branchOf.get(link.data['personId'])).toEqual([
        'retail',
        branchOf.get(link.data['corporateId'])?.[1],
      ]);
    }
    expect(first.summary.eventsByType['HouseholdMembershipClaimed']).toBe(
      first.summary.eventsByType['HouseholdMemberJoined'],
    );
  });

  it('is deterministic for a seed, and another seed tells other stories', async () => {
    expect(decided((await seeded(42)).events)).toEqual(decided(first.events));
    const other = await seeded(43);
    const firstCustomer = (events: typeof first.events) =>
      events.find((event) => event.type === 'CustomerOnboarded')?.data['customerId'];
    expect(firstCustomer(other.events)).toBeDefined();
    expect(firstCustomer(other.events)).not.toBe(firstCustomer(first.events));
  });

  it('launches the demo catalog on product streams and assesses risk before wealth, fund and insurance', () => {
    expect(first.summary.eventsByType['ProductLaunched']).toBe(12);
    expect(first.summary.eventsByType['RiskProfileAssessed']).toBeGreaterThan(0);
  });

  it('writes personal data encrypted, as the api does, with the api envelope', () => {
    const onboarded = first.raw.find((event) => event.type === 'CustomerOnboarded')!;
    expect(onboarded.data['name']).toMatchObject({ $enc: 'v1' });
    const plain = first.events.find((event) => event.eventId === onboarded.eventId)!;
    expect(plain.data['name']).toMatch(/^\p{Script=Han}+/u);
    expect(plain.metadata).toMatchObject({
      schemaVersion: 1,
      occurredAt: plain.data['onboardedAt'],
      actor: { role: 'relationship-manager' },
    });
    expect(plain.metadata['$correlationId']).toBe(plain.metadata['$causationId']);
  });

  it('covers both segments, committee decisions both ways, SLA breaches, rollovers, churn and large movements', () => {
    const of = (type: string) =>
      first.events.filter((event) => event.type === type).map((event) => event.data);
    expect(new Set(of('CustomerOnboarded').map((data) => data['segment']))).toEqual(
      new Set(['retail', 'corporate']),
    );
    const committee = of('TierReassessed').filter((data) => data['reviewId'] !== null);
    expect(committee.length).toBeGreaterThan(0);
    for (const data of committee) {
      expect(new Set(data['committee'] as string[]).size).toBeGreaterThanOrEqual(2);
      expect(data['committee']).toContain(data['decidedBy']);
      expect(data['committee']).not.toContain(data['requestedBy']);
    }
    expect(of('TierReviewRejected').length).toBeGreaterThan(0);
    // Every committee is made of votes: each member named cast an approval of the decided tier.
    const votes = of('TierReviewVoteCast');
    for (const data of committee)
      for (const member of data['committee'] as string[])
        expect(votes).toContainEqual(
          expect.objectContaining({
            reviewId: data['reviewId'],
            memberId: member,
            vote: 'approve',
            tier: data['toTier'],
          }),
        );
    expect(of('TierReviewExpired').length).toBeGreaterThan(0);
    expect(
      of('ServiceRequestResolved').some((data) => !data['respondedWithinSla'] || !data['resolvedWithinSla']),
    ).toBe(true);
    expect(of('ProductMatured').some((data) => data['rolledOverInto'] !== undefined)).toBe(true);
    expect(of('CustomerOffboarded').length).toBeGreaterThan(0);
    expect(of('AssetsRevalued').some((data) => data['largeMovement'] !== null)).toBe(true);
  });

  it('shows every mining flag on some customer at the end of the story (ADR 0023)', () => {
    const states = new Map<string, CustomerState>();
    for (const recorded of first.events) {
      const event = customerEventOf(recorded);
      if (event !== null)
        states.set(recorded.stream, evolve(states.get(recorded.stream) ?? initialState(), event));
    }
    const shown = new Set<string>();
    for (const state of states.values())
      if (isOnboarded(state))
        for (const judgment of flagsAt(state, first.summary.until, DEFAULT_POLICIES))
          shown.add(judgment.flag);
    expect([...shown].sort()).toEqual([...MINING_FLAGS].sort());
  });

  it('keys holdings by contract numbers, and names the holding a maturity call was about', () => {
    const of = (type: string) =>
      first.events.filter((event) => event.type === type).map((event) => event.data);
    const holdingIds = of('ProductSubscribed').map((data) => String(data['holdingId']));
    expect(holdingIds.length).toBeGreaterThan(0);
    for (const holdingId of holdingIds) expect(holdingId).toMatch(/^[A-Z]+-\d{4}-\d{12}$/);
    const maturityCalls = of('ContactLogged').filter((data) => data['holdingId'] !== undefined);
    expect(maturityCalls.length).toBeGreaterThan(0);
    for (const call of maturityCalls) expect(holdingIds).toContain(call['holdingId']);
  });

  it('writes the log in business-time order, a day at a time', () => {
    let latest = '';
    for (const event of first.events) {
      const day = String(event.metadata.occurredAt).slice(0, 10);
      // A request opened in the evening is written with the next morning's day.
      expect(Date.parse(day)).toBeGreaterThanOrEqual(Date.parse(latest || day) - 86_400_000);
      if (day > latest) latest = day;
    }
  });
});
