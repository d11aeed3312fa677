import { Inject, Injectable } from '@nestjs/common';
import type { DomainPolicies } from '@ledger/domain';
import type { ReadStore } from '@ledger/read-store';
import { getKpis, InvalidKpiQuery, type KpiPeriod } from '@ledger/projections/kpi-history';
import { POLICIES, READ_STORE } from '../infrastructure/tokens';
import { InvalidInput } from '../validation/validation.pipe';

/** The kpi-history read model's query, called directly (ADR 0012). */
@Injectable()
export class KpiReads {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(POLICIES) private readonly policies: DomainPolicies,
  ) {}

  async history(
    granularity: 'day' | 'month' | 'quarter',
    from: string,
    to: string,
  ): Promise<{ items: KpiPeriod[] }> {
    try {
      const currency = this.policies.retailTier.currency;
      return { items: await getKpis(this.reads, { granularity, from, to, currency }) };
    } catch (error) {
      if (error instanceof InvalidKpiQuery)
        throw new InvalidInput([{ field: 'from', problems: [error.message] }]);
      throw error;
    }
  }
}
