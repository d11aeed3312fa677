import type { RecordedEvent } from '@ledger/event-store';
import { foldEvents, storedDocuments } from '../shared/test/fold-events';
import { RuntimeRun } from '../shared/test/runtime-run';
import { listTierAudits } from './list-tier-audits.query';
import { listTierReviews } from './list-tier-reviews.query';
import { TIER_AUDITS, TIER_REVIEWS } from './tier-audit.documents';
import { tierAuditProjection } from './tier-audit.projection';
import { DONG, tierDecisions } from './test/scenario';

describe('tier-audit through the runtime, the SQLite event store and the embedded read store', () => {
  const run = new RuntimeRun(tierAuditProjection);
  let recorded: RecordedEvent[];

  beforeAll(async () => {
    recorded = await run.project(tierDecisions());
  });
  afterAll(() => run.close());

  it('stores what the pure fold computes from the recorded events', async () => {
    const folded = foldEvents(tierAuditProjection, recorded);
    expect(await storedDocuments(run.reads, TIER_AUDITS)).toEqual(folded[TIER_AUDITS]);
    expect(await storedDocuments(run.reads, TIER_REVIEWS)).toEqual(folded[TIER_REVIEWS]);
  });

  it('every entry traces back to its event in the store', async () => {
    const { items } = await listTierAudits(run.reads, {});
    expect(items).toHaveLength(6);
    for (const entry of items) {
      const event = recorded.find((candidate) => candidate.eventId === entry.eventId);
      expect(event).toMatchObject({
        type: entry.outcome === 'rejected' ? 'TierReviewRejected' : 'TierReassessed',
        position: entry.position,
      });
    }
    expect(
      (await listTierReviews(run.reads, { status: 'open' })).items.map((r) => [r.customerId, r.reviewId]),
    ).toEqual([[DONG, 'R-3']]);
  });

  it('a rebuild from position 0 replays every event into identical documents, twice', async () => {
    const before = {
      audits: await storedDocuments(run.reads, TIER_AUDITS),
      reviews: await storedDocuments(run.reads, TIER_REVIEWS),
    };
    for (let rebuild = 0; rebuild < 2; rebuild++) {
      await run.rebuild(tierAuditProjection.name);
      expect(await storedDocuments(run.reads, TIER_AUDITS)).toEqual(before.audits);
      expect(await storedDocuments(run.reads, TIER_REVIEWS)).toEqual(before.reviews);
    }
  });
});
