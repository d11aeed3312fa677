import {
  addDays,
  dormantBefore,
  type DomainPolicies,
  type LifecycleStage,
  normalisedIdNumber,
  type MiningFlag,
  type Segment,
  type Tier,
  overdueIfDueBefore,
  toBusinessDate,
  toIso,
  toMs,
} from '@ledger/domain';
import type { Filter } from '@ledger/read-store';
import { instantOf } from '../shared/time-range';
import { namePrefixOf, normalisedPhone } from './search-keys';
import type { ViewStatus } from './customer-360.document';

const DAY_MS = 86_400_000;

export type CustomerListFilters = {
  tier?: Tier;
  segment?: Segment;
  relationshipManagerId?: string;
  lifecycle?: LifecycleStage;
  overdue?: boolean;
  dormant?: boolean;
  maturingWithinDays?: number;
  /** A mining flag holding at `now` (ADR 0023). */
  flag?: MiningFlag;
  /** Exact matches and a name prefix, through the documents' blind indexes (ADR 0034). */
  idNumber?: string;
  phone?: string;
  q?: string;
  status?: ViewStatus;
  /** Win-back candidates (ADR 0028): offboarded in the last this many days, inside retention, no erasure requested. */
  offboardedWithin?: number;
  /** The caller's scope (issue 15 §4): a branch head's branch, a committee member's reviewed customers. */
  branchId?: string;
  customerIds?: readonly string[];
};

/**
 * The filters as one MongoDB query, so paging and totals are computed by the store. The
 * time-dependent ones compare stored facts with `now` exactly as the domain policies do.
 */
export function customerFilter(filters: CustomerListFilters, now: string, policies: DomainPolicies): Filter {
  const at = instantOf(now);
  const today = toBusinessDate(at);
  const { tier, segment, relationshipManagerId, lifecycle, overdue, dormant, maturingWithinDays } = filters;
  const { branchId, customerIds, flag, idNumber, phone, q, status, offboardedWithin } = filters;
  const clauses: Filter[] = [];
  if (lifecycle !== undefined) clauses.push(lifecycleClause(lifecycle, at));
  if (overdue !== undefined) {
    // isContactOverdue: the due day has passed (the due day itself is still on time).
    const isOverdue = { status: 'active', nextContactDue: { $lt: overdueIfDueBefore(at) } };
    clauses.push(overdue ? isOverdue : { $nor: [isOverdue] });
  }
  if (dormant !== undefined) {
    // isDormant: active, and no activity for inactiveDays or longer.
    const isDormant = { status: 'active', lastActivityAt: { $lte: dormantBefore(at, policies.dormant) } };
    clauses.push(dormant ? isDormant : { $nor: [isDormant] });
  }
  if (maturingWithinDays !== undefined) {
    // maturesWithinDays: a maturity date from today to today + days, both inclusive.
    const window = { $gte: today, $lte: addDays(today, maturingWithinDays) };
    clauses.push({ maturityDates: { $elemMatch: window } });
  }
  if (flag !== undefined) {
    // windowHolds: from ≤ now < until, for one of the flag's windows.
    clauses.push({
      flagNames: flag,
      flagWindows: { $elemMatch: { flag, from: { $lte: at }, until: { $gt: at } } },
    });
  }
  if (offboardedWithin !== undefined) clauses.push(winBackClause(at, offboardedWithin, policies));
  return {
    ...(status !== undefined && { status }),
    ...(tier !== undefined && { tier }),
    ...(segment !== undefined && { segment }),
    ...(relationshipManagerId !== undefined && { relationshipManagerId }),
    // The branch never changes after onboarding: the folded state's field, no key of its own.
    ...(branchId !== undefined && { 'customer.branchId': branchId }),
    ...(customerIds !== undefined && { _id: { $in: [...customerIds] } }),
    // Plain here; the sealing read store digests each with the key the documents were indexed with.
    ...(idNumber !== undefined && { idNumberKey: normalisedIdNumber(idNumber) }),
    ...(phone !== undefined && { phoneKey: normalisedPhone(phone) }),
    ...(q !== undefined && { namePrefixes: namePrefixOf(q) }),
    ...(clauses.length > 0 && { $and: clauses }),
  };
}

/**
 * Offboarded at or after `days` before now, and strictly after now minus the retention years:
 * reactivateCustomer refuses from retentionEndsAt on, so a listed candidate can be won back.
 */
function winBackClause(at: string, days: number, policies: DomainPolicies): Filter {
  const since = toIso(toMs(at) - days * DAY_MS);
  const retentionFrom = new Date(toMs(at));
  retentionFrom.setUTCFullYear(retentionFrom.getUTCFullYear() - policies.retention.retentionYears);
  return { winBackFrom: { $gte: since, $gt: retentionFrom.toISOString() } };
}

/** lifecycleStage: NEW before growingFrom, GROWING before matureFrom, MATURE up to seniorAfter. */
function lifecycleClause(stage: LifecycleStage, at: string): Filter {
  switch (stage) {
    case 'NEW':
      // matureFrom > at follows from growingFrom > at; it lets the matureFrom index serve the query.
      return { growingFrom: { $gt: at }, matureFrom: { $gt: at } };
    case 'GROWING':
      return { growingFrom: { $lte: at }, matureFrom: { $gt: at } };
    case 'MATURE':
      return { matureFrom: { $lte: at }, seniorAfter: { $gte: at } };
    case 'SENIOR':
      return { seniorAfter: { $lt: at } };
  }
}
