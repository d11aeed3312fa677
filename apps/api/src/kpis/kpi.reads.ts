import { Inject, Injectable } from '@nestjs/common';
import type { ReadStore } from '@ledger/read-store';
import { getKpis, InvalidKpiQuery, type KpiPeriod } from '@ledger/projections/kpi-history';
import { READ_STORE } from '../infrastructure/tokens';
import { InvalidInput } from '../validation/validation.pipe';

/** The kpi-history read model's query, called directly (ADR 0012). */
@Injectable()
export class KpiReads {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async history(
    granularity: 'day' | 'month' | 'quarter',
    from: string,
    to: string,
  ): Promise<{ items: KpiPeriod[] }> {
    try {
      return { items: await getKpis(this.reads, { granularity, from, to }) };
    } catch (error) {
      if (error instanceof InvalidKpiQuery)
        throw new InvalidInput([{ field: 'from', problems: [error.message] }]);
      throw error;
    }
  }
}
