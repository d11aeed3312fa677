import { randomUUID } from 'node:crypto';
import { type CustomerCommand, customerAggregate, DEFAULT_POLICIES } from '@ledger/domain';
import { type RecordedEvent, SqliteEventStore } from '@ledger/event-store';
import { tierAuditProjection } from '@ledger/projections/tier-audit';
import { foldEvents, readStoreWith } from '../../../../projections/shared/test/fold-events';
import { commandPath } from '../command-path/test/command-path';
import { retailJourney } from '../event-catalog/test/customer-journeys';
import { ReviewExpiries } from './review-expiries';

/** The retail journey up to its first review (opened 2026-11-01T09:00), and one vote on it. */
function upToFirstVote(customerId: string): CustomerCommand[] {
  const journey = retailJourney();
  const vote = journey.findIndex((command) => command.type === 'CastTierReviewVote');
  return journey.slice(0, vote + 1).map((command) => ({ ...command, customerId }) as CustomerCommand);
}

async function all(store: SqliteEventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  return events;
}

describe('expiring tier reviews without a quorum', () => {
  const store = new SqliteEventStore(':memory:');
  const path = commandPath(store);
  const customerId = randomUUID();
  const stream = `customer-${customerId}`;
  let expiries: ReviewExpiries;

  beforeAll(async () => {
    for (const command of upToFirstVote(customerId)) await path.run(customerAggregate, command);
    // The read model as the sweep finds it: the review open with one vote.
    const reads = await readStoreWith(foldEvents(tierAuditProjection, await all(store)));
    expiries = new ReviewExpiries(reads, DEFAULT_POLICIES, (decision) =>
      path.run(decision.aggregate, decision.command, decision.context),
    );
  });
  afterAll(() => store.close());

  it('leaves a review open before its deadline (opened + 30 days)', async () => {
    expect(await expiries.expireDue(new Date('2026-12-01T08:59:00.000Z'))).toEqual([]);
    expect((await store.readStream(stream)).at(-1)?.type).toBe('TierReviewVoteCast');
  });

  it('records TierReviewExpired through the decider as the system, once however often it sweeps', async () => {
    const now = new Date('2026-12-02T00:00:00.000Z');
    expect(await expiries.expireDue(now)).toEqual([{ customerId, reviewId: 'review-1' }]);
    const expired = (await store.readStream(stream)).at(-1);
    expect(expired).toMatchObject({
      type: 'TierReviewExpired',
      data: { reviewId: 'review-1', expiredAt: '2026-12-01T09:00:00.000Z', approvals: 1, rejections: 0 },
      metadata: { actor: { id: 'system', role: 'system' } },
    });
    const length = (await store.readStream(stream)).length;
    // The read model has not caught up and still shows the review open: the Idempotency-Key
    // answers from the log, as for a retried request, and nothing more is appended.
    await expiries.expireDue(new Date('2026-12-02T01:00:00.000Z'));
    expect(await store.readStream(stream)).toHaveLength(length);
  });
});
