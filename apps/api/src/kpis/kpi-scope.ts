import { ForbiddenException } from '@nestjs/common';
import type { GroupBy } from '@ledger/projections/kpi-history';
import type { Caller } from '../auth/roles';
import { branchOf } from '../auth/scope';
import { InvalidInput } from '../validation/validation.pipe';

/** What one /kpis request may read: the bank's history, or figures grouped and narrowed. */
export type KpiReading =
  | { kind: 'bank' }
  | { kind: 'performance'; groupBy: GroupBy; relationshipManagerId?: string; branchId?: string };

export interface KpiAsk {
  groupBy?: GroupBy;
  relationshipManagerId?: string;
  branchId?: string;
}

/**
 * ADR 0015 applied to the KPIs (ADR 0020): a relationship manager reads only its own figures, a
 * branch head only its branch's, committee members, auditors and admins everything. Asking for
 * someone else's is 403, as on the other scoped lists.
 */
export function kpiReadingOf(caller: Caller, ask: KpiAsk): KpiReading {
  if (ask.groupBy === 'branch' && ask.relationshipManagerId !== undefined)
    throw new InvalidInput([
      { field: 'relationshipManagerId', problems: ['narrows groupBy=relationshipManager only'] },
    ]);
  switch (caller.actingRole) {
    case 'relationship-manager': {
      if (ask.groupBy === 'branch')
        throw new ForbiddenException('groupBy: a relationship manager reads only its own figures');
      if (ask.relationshipManagerId !== undefined && ask.relationshipManagerId !== caller.id)
        throw new ForbiddenException(
          `relationshipManagerId: a relationship manager reads only its own figures (${caller.id})`,
        );
      return {
        ...ask,
        kind: 'performance',
        groupBy: 'relationshipManager',
        relationshipManagerId: caller.id,
      };
    }
    case 'branch-head': {
      const branchId = branchOf(caller);
      if (ask.branchId !== undefined && ask.branchId !== branchId)
        throw new ForbiddenException(`branchId: a branch head reads only its branch's figures (${branchId})`);
      return { ...ask, kind: 'performance', groupBy: ask.groupBy ?? 'branch', branchId };
    }
    default:
      if (ask.groupBy === undefined) {
        if (ask.relationshipManagerId !== undefined || ask.branchId !== undefined)
          throw new InvalidInput([
            {
              field: ask.branchId !== undefined ? 'branchId' : 'relationshipManagerId',
              problems: ['needs groupBy'],
            },
          ]);
        return { kind: 'bank' };
      }
      return { ...ask, kind: 'performance', groupBy: ask.groupBy };
  }
}
