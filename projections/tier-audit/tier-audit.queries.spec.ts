import type { EmbeddedReadStore } from '@ledger/read-store';
import { foldEvents, readStoreWith } from '../shared/test/fold-events';
import { listTierAudits, type TierAuditQuery } from './list-tier-audits.query';
import { listTierReviews } from './list-tier-reviews.query';
import { tierAuditProjection } from './tier-audit.projection';
import { ANNA, at, CAI, DONG, tierDecisions } from './test/scenario';

let store: EmbeddedReadStore;
beforeAll(async () => (store = await readStoreWith(foldEvents(tierAuditProjection, tierDecisions().events))));
afterAll(() => store.close());

/** Each entry as "customer effective-day from→to". */
const trail = async (query: TierAuditQuery) =>
  (await listTierAudits(store, query)).items.map(
    (entry) => `${entry.customerId} ${entry.effectiveAt.slice(0, 10)} ${entry.fromTier}→${entry.toTier}`,
  );

describe('listTierAudits', () => {
  it('lists every decision in business-time order', async () => {
    expect(await trail({})).toEqual([
      `${ANNA} 2026-01-10 MASS→WEALTH`,
      `${ANNA} 2026-02-03 WEALTH→PRIVATE`,
      `${DONG} 2026-02-12 STANDARD→STANDARD`,
      `${CAI} 2026-02-21 MASS→MASS`,
      `${DONG} 2026-03-04 STANDARD→KEY`,
      `${ANNA} 2026-03-15 PRIVATE→MASS`,
    ]);
  });

  it('filters by customer, direction, decided tier, committee member and outcome', async () => {
    expect(await trail({ customerId: DONG })).toEqual([
      `${DONG} 2026-02-12 STANDARD→STANDARD`,
      `${DONG} 2026-03-04 STANDARD→KEY`,
    ]);
    expect(await trail({ direction: 'downgrade' })).toEqual([`${ANNA} 2026-03-15 PRIVATE→MASS`]);
    expect(await trail({ toTier: 'MASS', direction: 'unchanged' })).toEqual([`${CAI} 2026-02-21 MASS→MASS`]);
    expect(await trail({ committeeMember: 'committee-chen' })).toEqual([
      `${ANNA} 2026-02-03 WEALTH→PRIVATE`,
      `${CAI} 2026-02-21 MASS→MASS`,
      `${DONG} 2026-03-04 STANDARD→KEY`,
    ]);
    expect(await trail({ outcome: 'rejected' })).toEqual([`${DONG} 2026-02-12 STANDARD→STANDARD`]);
  });

  it('filters by segment, from tier, override and the deciding member (the console trail)', async () => {
    expect(await trail({ segment: 'corporate' })).toEqual([
      `${DONG} 2026-02-12 STANDARD→STANDARD`,
      `${DONG} 2026-03-04 STANDARD→KEY`,
    ]);
    expect(await trail({ fromTier: 'WEALTH' })).toEqual([`${ANNA} 2026-02-03 WEALTH→PRIVATE`]);
    // Dong's rejection keeps STANDARD against a computed STRATEGIC: the decision overrides too.
    expect(await trail({ override: true })).toEqual([
      `${ANNA} 2026-02-03 WEALTH→PRIVATE`,
      `${DONG} 2026-02-12 STANDARD→STANDARD`,
      `${DONG} 2026-03-04 STANDARD→KEY`,
    ]);
    expect(await trail({ override: false, segment: 'retail' })).toEqual([
      `${ANNA} 2026-01-10 MASS→WEALTH`,
      `${CAI} 2026-02-21 MASS→MASS`,
      `${ANNA} 2026-03-15 PRIVATE→MASS`,
    ]);
    expect(await trail({ decidedBy: 'committee-zhao' })).toEqual([`${DONG} 2026-02-12 STANDARD→STANDARD`]);
    expect(await trail({ decidedBy: 'nobody' })).toEqual([]);
  });

  it('takes from and to inclusive, a bare date meaning its whole day', async () => {
    expect(await trail({ from: '2026-02-12', to: '2026-03-04' })).toEqual([
      `${DONG} 2026-02-12 STANDARD→STANDARD`,
      `${CAI} 2026-02-21 MASS→MASS`,
      `${DONG} 2026-03-04 STANDARD→KEY`,
    ]);
    expect(await trail({ from: at('2026-02-12'), to: '2026-02-12T08:59:59.999Z' })).toEqual([]);
  });

  it('pages with a total, and writes criteria money as the API does', async () => {
    const page = await listTierAudits(store, { page: 2, limit: 4 });
    expect(page).toMatchObject({ page: 2, limit: 4, total: 6 });
    expect(page.items).toHaveLength(2);
    const [override] = (await listTierAudits(store, { customerId: DONG, toTier: 'KEY' })).items;
    expect(override?.criteria).toMatchObject({ contribution: { amount: '12000000.00', currency: 'CNY' } });
    expect(override).not.toHaveProperty('_id');
    expect(override).not.toHaveProperty('_position');
  });
});

describe('listTierReviews', () => {
  it('lists the open reviews, oldest first', async () => {
    const open = await listTierReviews(store, { status: 'open' });
    expect(open.total).toBe(1);
    expect(open.items[0]).toMatchObject({
      reviewId: 'R-3',
      customerId: DONG,
      status: 'open',
      scheme: 'corporate',
      computedTier: 'STRATEGIC',
      proposedTier: 'STRATEGIC',
      policyVersion: 'corporate-tier/v1',
      requestedBy: 'rm-li',
      openedAt: at('2026-03-20'),
      criteria: { scheme: 'corporate', contribution: { amount: '12000000.00', currency: 'CNY' } },
    });
  });

  it('lists a customer’s reviews in any status', async () => {
    const dong = await listTierReviews(store, { customerId: DONG });
    expect(dong.items.map((review) => `${review.reviewId} ${review.status}`)).toEqual([
      'R-1 rejected',
      'R-2 approved',
      'R-3 open',
    ]);
    expect((await listTierReviews(store, { status: 'approved', limit: 1 })).total).toBe(3);
  });
});

describe('one vocabulary for a decision on both routes (ADR 0033)', () => {
  const SHARED = [
    'reviewId',
    'customerId',
    'status',
    'outcome',
    'scheme',
    'computedTier',
    'proposedTier',
    'toTier',
    'decidedBy',
    'decisionReason',
    'effectiveAt',
    'policyVersion',
    'requestedBy',
  ] as const;
  const pick = (item: object) =>
    Object.fromEntries(SHARED.map((field) => [field, (item as Record<string, unknown>)[field]]));

  it.each([
    ['R-2', 'approved', 'reassessed'],
    ['R-1', 'rejected', 'rejected'],
  ])(
    'review %s reads the same names and values in /tier-reviews and /tier-audits',
    async (reviewId, status, outcome) => {
      const review = (await listTierReviews(store, { customerId: DONG })).items.find(
        (item) => item.reviewId === reviewId,
      );
      const entry = (await listTierAudits(store, { customerId: DONG })).items.find(
        (item) => item.reviewId === reviewId,
      );
      expect(review).toMatchObject({ status, outcome });
      expect(pick(entry!)).toEqual(pick(review!));
      expect(entry?.proposedTier).not.toBeNull();
      for (const gone of ['reason', 'decidedTier', 'decidedAt'])
        expect({ gone, review: gone in review!, entry: gone in entry! }).toEqual({
          gone,
          review: false,
          entry: false,
        });
    },
  );

  it('an open review has no outcome yet; an automatic retail change has no review status', async () => {
    const [open] = (await listTierReviews(store, { status: 'open' })).items;
    expect(open).toMatchObject({
      status: 'open',
      outcome: null,
      toTier: null,
      effectiveAt: null,
      decisionReason: null,
    });
    const [automatic] = (await listTierAudits(store, { customerId: ANNA })).items;
    expect(automatic).toMatchObject({
      reviewId: null,
      status: null,
      outcome: 'reassessed',
      proposedTier: null,
    });
  });
});
