import { Inject, Injectable } from '@nestjs/common';
import type { DomainPolicies } from '@ledger/domain';
import type { ReadStore } from '@ledger/read-store';
import { getWorklist, type Worklist, type WorklistItem } from '@ledger/projections/worklist';
import { POLICIES, READ_STORE } from '../infrastructure/tokens';

/** The worklist read model's query, called directly (ADR 0012). */
@Injectable()
export class WorklistReads {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(POLICIES) private readonly policies: DomainPolicies,
  ) {}

  /** One manager's calls, or with only a branch, every manager's there. */
  dueOn(scope: { relationshipManagerId?: string; branchId?: string }, date: string): Promise<Worklist> {
    return getWorklist(this.reads, { ...scope, date }, this.policies);
  }

  /** The branch's calls the policy escalates to its head (large movements, DESIGN §3). */
  async escalations(
    branchId: string,
    date: string,
  ): Promise<{ branchId: string; date: string; items: WorklistItem[] }> {
    const worklist = await getWorklist(this.reads, { branchId, date }, this.policies);
    return {
      branchId,
      date: worklist.date,
      items: worklist.items.filter((item) => item.escalateToBranchHead),
    };
  }
}
