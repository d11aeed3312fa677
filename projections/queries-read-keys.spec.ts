import { DEFAULT_POLICIES } from '@ledger/domain';
import { fieldsRead, type Filter, type Sort } from '@ledger/read-store';
import type { Projection } from '@ledger/projection-runtime';
import { CUSTOMERS, customer360Projection, customerFilter } from './customer-360';
import { bookFilter, KPI_BOOKS, kpiHistoryProjection } from './kpi-history';
import { TIER_AUDITS, TIER_REVIEWS, tierAuditFilter, tierAuditProjection } from './tier-audit';
import { WORKLIST_CUSTOMERS, worklistCandidates, worklistProjection } from './worklist';

/** The top-level fields a projection's indexes name for a collection: what the embedded store keeps in memory. */
function indexedFields(projection: Projection, collection: string): Set<string> {
  const specs = projection.indexes?.[collection] ?? [];
  return new Set([
    '_id',
    ...specs.flatMap((spec) => Object.keys(spec.keys).map((key) => key.split('.')[0]!)),
  ]);
}

function unindexed(projection: Projection, collection: string, filter: Filter, sort?: Sort): string[] {
  const read = fieldsRead(filter, sort);
  if (read === null) return ['(an operator that may read any field)'];
  const indexed = indexedFields(projection, collection);
  return [...read].filter((field) => !indexed.has(field));
}

const NOW = '2026-11-24T08:00:00.000Z';

// A query on a field no index names reads and parses every candidate document in the embedded
// store (and scans in MongoDB): every filter the read models build must stay on indexed fields.
describe('read-model queries filter and sort on indexed fields only', () => {
  it.each(['NEW', 'GROWING', 'MATURE', 'SENIOR'] as const)('customer list, lifecycle %s', (lifecycle) => {
    const filter = customerFilter(
      {
        tier: 'WEALTH',
        segment: 'retail',
        relationshipManagerId: 'rm-1',
        lifecycle,
        overdue: false,
        dormant: true,
        maturingWithinDays: 30,
      },
      NOW,
      DEFAULT_POLICIES,
    );
    expect(unindexed(customer360Projection(DEFAULT_POLICIES), CUSTOMERS, filter, { _id: 1 })).toEqual([]);
  });

  it('tier audit trail with every filter', () => {
    const filter = tierAuditFilter({
      customerId: 'c1',
      from: '2026-01-01',
      to: '2026-12-31',
      direction: 'upgrade',
      toTier: 'WEALTH',
      committeeMember: 'member-1',
      outcome: 'reassessed',
      segment: 'retail',
      fromTier: 'MASS',
      override: true,
      decidedBy: 'member-2',
    });
    const sort = { effectiveAt: 1, _id: 1 } as const;
    expect(unindexed(tierAuditProjection, TIER_AUDITS, filter, sort)).toEqual([]);
    expect(
      unindexed(
        tierAuditProjection,
        TIER_REVIEWS,
        { status: 'open', customerId: 'c1' },
        { openedAt: 1, _id: 1 },
      ),
    ).toEqual([]);
  });

  it('worklist candidates', () => {
    for (const today of ['2026-11-24', '2026-12-30'])
      expect(
        unindexed(
          worklistProjection(DEFAULT_POLICIES),
          WORKLIST_CUSTOMERS,
          worklistCandidates('rm-1', today, DEFAULT_POLICIES),
        ),
      ).toEqual([]);
  });

  it('performance books, narrowed to a branch and a manager', () => {
    const filter = bookFilter({ branchId: 'b1', relationshipManagerId: 'rm-1' });
    expect(Object.keys(filter)).toEqual(['branchId', 'relationshipManagers']);
    expect(unindexed(kpiHistoryProjection, KPI_BOOKS, filter)).toEqual([]);
  });
});
