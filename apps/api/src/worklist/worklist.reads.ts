import { Inject, Injectable } from '@nestjs/common';
import type { DomainPolicies } from '@ledger/domain';
import type { ReadStore } from '@ledger/read-store';
import { getWorklist, type Worklist } from '@ledger/projections/worklist';
import { POLICIES, READ_STORE } from '../infrastructure/tokens';

/** The worklist read model's query, called directly (ADR 0012). */
@Injectable()
export class WorklistReads {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(POLICIES) private readonly policies: DomainPolicies,
  ) {}

  dueOn(relationshipManagerId: string, date: string): Promise<Worklist> {
    return getWorklist(this.reads, { relationshipManagerId, date }, this.policies);
  }
}
