import type { Segment, Tier, TierDirection } from '@ledger/domain';
import type { Filter, ReadStore } from '@ledger/read-store';
import { type Page, type PageRequest, pageWindow } from '../shared/paging';
import { timeRange } from '../shared/time-range';
import { criteriaOnTheWire, type WireTierCriteria } from './criteria';
import { TIER_AUDITS, type TierAuditEntry, type TierAuditFields } from './tier-audit.documents';

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

/** An entry as GET /tier-audits answers it: the stored entry with money on the wire. */
export type TierAuditEntryView = Omit<TierAuditFields, 'criteria'> & { criteria: WireTierCriteria };

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
  const items = entries.map(({ _id: _eventId, _position: _applied, ...entry }): TierAuditEntryView => ({
    ...entry,
    criteria: criteriaOnTheWire(entry.criteria),
  }));
  return { items, page, limit, total };
}
