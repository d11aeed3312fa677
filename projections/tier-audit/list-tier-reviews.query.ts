import type { ReadStore } from '@ledger/read-store';
import { type Page, type PageRequest, pageWindow } from '../shared/paging';
import { criteriaOnTheWire, type WireTierCriteria } from './criteria';
import { reviewUnderSharedNames, type TierReviewDecisionFields } from './review-vocabulary';
import { TIER_REVIEWS, type TierReviewDocument, type TierReviewStatus } from './tier-audit.documents';

export type TierReviewQuery = PageRequest & { status?: TierReviewStatus; customerId?: string };

/** A review as GET /tier-reviews answers it: the decision under the names /tier-audits uses (ADR 0033). */
export type TierReviewView = TierReviewDecisionFields & { criteria: WireTierCriteria };

/** GET /tier-reviews?status=open: the committee's queue, oldest first. */
export async function listTierReviews(
  readStore: ReadStore,
  query: TierReviewQuery,
): Promise<Page<TierReviewView>> {
  const { status, customerId } = query;
  const filter = { ...(status !== undefined && { status }), ...(customerId !== undefined && { customerId }) };
  const { page, limit, skip } = pageWindow(query);
  const [reviews, total] = await Promise.all([
    readStore.find<TierReviewDocument>(TIER_REVIEWS, filter, { sort: { openedAt: 1, _id: 1 }, skip, limit }),
    readStore.count(TIER_REVIEWS, filter),
  ]);
  const items = reviews.map(({ _id: _key, _position: _applied, ...review }): TierReviewView => ({
    ...reviewUnderSharedNames(review),
    criteria: criteriaOnTheWire(review.criteria),
  }));
  return { items, page, limit, total };
}

export type ReviewRef = { customerId: string; reviewId: string };

/**
 * Open reviews opened at or before `openedBy`, oldest first: the expiry sweep's candidates. Only a
 * lookup: the decider checks each deadline again on the review's own stream.
 */
export async function openReviewsOpenedBy(
  readStore: ReadStore,
  openedBy: string,
  limit: number,
): Promise<ReviewRef[]> {
  const filter = { status: 'open', openedAt: { $lte: openedBy } };
  const reviews = await readStore.find<TierReviewDocument>(TIER_REVIEWS, filter, {
    sort: { openedAt: 1, _id: 1 },
    limit,
  });
  return reviews.map(({ customerId, reviewId }) => ({ customerId, reviewId }));
}

/** The customers with a review still open: those a committee member may read (issue 15 §4). */
export async function customersUnderOpenReview(readStore: ReadStore): Promise<string[]> {
  const open = await readStore.find<TierReviewDocument>(TIER_REVIEWS, { status: 'open' });
  return [...new Set(open.map((review) => review.customerId))];
}
