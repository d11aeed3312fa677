import type { Segment, Tier, TierDirection } from '@ledger/domain';
import type { Filter, ReadStore } from '@ledger/read-store';
import { type Page, type PageRequest, pageWindow } from '../shared/paging';
import { timeRange } from '../shared/time-range';
import { criteriaOnTheWire, type WireTierCriteria } from './criteria';
import { auditUnderSharedNames, type TierAuditDecisionFields } from './review-vocabulary';
import {
  TIER_AUDITS,
  TIER_REVIEWS,
  type TierAuditEntry,
  type TierAuditFields,
  type TierReviewDocument,
  tierReviewKey,
} from './tier-audit.documents';

export type TierAuditQuery = PageRequest & {
  customerId?: string;
  /** effectiveAt from (inclusive); a bare date is its start. */
  from?: string;
  /** effectiveAt to (inclusive); a bare date includes the whole day. */
  to?: string;
  direction?: TierDirection;
  toTier?: Tier;
  committeeMember?: string;
  outcome?: TierAuditFields['outcome'];
  /** The customer's segment: which tier scheme decided. */
  segment?: Segment;
  fromTier?: Tier;
  override?: boolean;
  /** The member whose vote closed the review. */
  decidedBy?: string;
};

/** An entry as GET /tier-audits answers it: money on the wire, the decision under the names /tier-reviews uses. */
export type TierAuditEntryView = TierAuditDecisionFields & { criteria: WireTierCriteria };

export function tierAuditFilter(query: TierAuditQuery): Filter {
  const { customerId, from, to, direction, toTier, committeeMember, outcome } = query;
  const { segment, fromTier, override, decidedBy } = query;
  const effectiveAt = timeRange(from, to);
  return {
    ...(customerId !== undefined && { customerId }),
    ...(effectiveAt !== undefined && { effectiveAt }),
    ...(direction !== undefined && { direction }),
    ...(toTier !== undefined && { toTier }),
    ...(committeeMember !== undefined && { committee: committeeMember }),
    ...(outcome !== undefined && { outcome }),
    ...(segment !== undefined && { scheme: segment }),
    ...(fromTier !== undefined && { fromTier }),
    ...(override !== undefined && { override }),
    ...(decidedBy !== undefined && { decidedBy }),
  };
}

/** GET /tier-audits: the decisions in business-time order (effectiveAt, then event id), paged. */
export async function listTierAudits(
  readStore: ReadStore,
  query: TierAuditQuery,
): Promise<Page<TierAuditEntryView>> {
  const filter = tierAuditFilter(query);
  const { page, limit, skip } = pageWindow(query);
  const [entries, total] = await Promise.all([
    readStore.find<TierAuditEntry>(TIER_AUDITS, filter, { sort: { effectiveAt: 1, _id: 1 }, skip, limit }),
    readStore.count(TIER_AUDITS, filter),
  ]);
  const proposed = await proposedTiers(readStore, entries);
  const items = entries.map(({ _id: _eventId, _position: _applied, ...entry }): TierAuditEntryView => ({
    ...auditUnderSharedNames(entry, proposedOf(proposed, entry)),
    criteria: criteriaOnTheWire(entry.criteria),
  }));
  return { items, page, limit, total };
}

/** An approval's event does not carry the maker's proposal: the review on the page's entries does. */
async function proposedTiers(
  readStore: ReadStore,
  entries: readonly TierAuditEntry[],
): Promise<Map<string, Tier>> {
  const keys = entries.flatMap((entry) =>
    entry.reviewId === null || entry.proposedTier !== null
      ? []
      : [tierReviewKey(entry.customerId, entry.reviewId)],
  );
  if (keys.length === 0) return new Map();
  const reviews = await readStore.find<TierReviewDocument>(TIER_REVIEWS, { _id: { $in: keys } });
  return new Map(reviews.map((review) => [review._id, review.proposedTier]));
}

function proposedOf(
  proposed: ReadonlyMap<string, Tier>,
  entry: Pick<TierAuditFields, 'customerId' | 'reviewId'>,
): Tier | null {
  return entry.reviewId === null
    ? null
    : (proposed.get(tierReviewKey(entry.customerId, entry.reviewId)) ?? null);
}
