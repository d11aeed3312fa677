import { Inject, Injectable } from '@nestjs/common';
import type { DomainPolicies } from '@ledger/domain';
import type { ReadStore } from '@ledger/read-store';
import {
  getKpis,
  getPerformance,
  type GroupBy,
  InvalidKpiQuery,
  type KpiPeriod,
  type PerformancePeriod,
} from '@ledger/projections/kpi-history';
import { POLICIES, READ_STORE } from '../infrastructure/tokens';
import { InvalidInput } from '../validation/validation.pipe';

type Granularity = 'day' | 'month' | 'quarter';

/** The kpi-history read model's queries, called directly (ADR 0012). */
@Injectable()
export class KpiReads {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(POLICIES) private readonly policies: DomainPolicies,
  ) {}

  history(granularity: Granularity, from: string, to: string): Promise<{ items: KpiPeriod[] }> {
    const currency = this.policies.retailTier.currency;
    return this.answer(async () => ({
      items: await getKpis(this.reads, { granularity, from, to, currency }),
    }));
  }

  /** Per relationship manager or branch (ADR 0020), under the configured cadence and branch targets. */
  performance(query: {
    groupBy: GroupBy;
    granularity: Granularity;
    from: string;
    to: string;
    today: string;
    relationshipManagerId?: string;
    branchId?: string;
  }): Promise<{ items: PerformancePeriod[] }> {
    const { contactCadence: cadence, branchTargets, retailTier } = this.policies;
    return this.answer(async () => ({
      items: await getPerformance(this.reads, {
        ...query,
        cadence,
        branchTargets,
        currency: retailTier.currency,
      }),
    }));
  }

  private async answer<T>(read: () => Promise<T>): Promise<T> {
    try {
      return await read();
    } catch (error) {
      if (error instanceof InvalidKpiQuery)
        throw new InvalidInput([{ field: 'from', problems: [error.message] }]);
      throw error;
    }
  }
}
