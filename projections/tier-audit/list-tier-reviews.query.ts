import type { ReadStore } from '@ledger/read-store';
import { type Page, type PageRequest, pageWindow } from '../shared/paging';
import { criteriaOnTheWire, type WireTierCriteria } from './criteria';
import {
  TIER_REVIEWS,
  type TierReviewDocument,
  type TierReviewFields,
  type TierReviewStatus,
} from './tier-audit.documents';

export type TierReviewQuery = PageRequest & { status?: TierReviewStatus; customerId?: string };

export type TierReviewView = Omit<TierReviewFields, 'criteria'> & { criteria: WireTierCriteria };

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
    ...review,
    criteria: criteriaOnTheWire(review.criteria),
  }));
  return { items, page, limit, total };
}

/** The customers with a review still open: those a committee member may read (issue 15 §4). */
export async function customersUnderOpenReview(readStore: ReadStore): Promise<string[]> {
  const open = await readStore.find<TierReviewDocument>(TIER_REVIEWS, { status: 'open' });
  return [...new Set(open.map((review) => review.customerId))];
}
