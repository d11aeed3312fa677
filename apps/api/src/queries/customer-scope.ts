import { Injectable } from '@nestjs/common';
import type { CustomerListFilters } from '@ledger/projections/customer-360';
import type { Caller } from '../auth/roles';
import { readScopeOf, refuseOtherManager } from '../auth/scope';
import { TierAuditReads } from '../tier-audits/tier-audit.reads';

type ScopeFilter = Pick<CustomerListFilters, 'relationshipManagerId' | 'branchId' | 'customerIds'>;

/** What a customer read needs to know to decide whether the caller may see it. */
export type ScopedCustomer = { customerId: string; relationshipManagerId: string; branchId: string };

/**
 * The caller's scope over customers (issue 15 §4, ADR 0015) as the read models apply it: a list
 * filter the store runs, and a yes/no for one customer (no means 404: existence is not disclosed).
 */
@Injectable()
export class CustomerScopes {
  constructor(private readonly tierAudits: TierAuditReads) {}

  /** The list filters narrowed to the caller's scope; another manager's book is 403 for an RM. */
  async narrow(caller: Caller, requested: string | undefined): Promise<ScopeFilter> {
    const scope = readScopeOf(caller);
    refuseOtherManager(scope, requested);
    const asked = requested === undefined ? {} : { relationshipManagerId: requested };
    switch (scope.kind) {
      case 'owner':
        return { relationshipManagerId: scope.relationshipManagerId };
      case 'branch':
        return { ...asked, branchId: scope.branchId };
      case 'open-reviews':
        return { ...asked, customerIds: await this.tierAudits.underOpenReview() };
      case 'all':
        return asked;
    }
  }

  async admits(caller: Caller, customer: ScopedCustomer): Promise<boolean> {
    const scope = readScopeOf(caller);
    switch (scope.kind) {
      case 'owner':
        return customer.relationshipManagerId === scope.relationshipManagerId;
      case 'branch':
        return customer.branchId === scope.branchId;
      case 'open-reviews':
        return this.tierAudits.isUnderOpenReview(customer.customerId);
      case 'all':
        return true;
    }
  }
}
