import { Inject, Injectable } from '@nestjs/common';
import { customerStream, type DomainPolicies, type TimeCut } from '@ledger/domain';
import type { EventStore } from '@ledger/event-store';
import type { ReadStore } from '@ledger/read-store';
import {
  customer360AsOf,
  type Customer360View,
  type CustomerListQuery,
  getCustomer360,
  listCustomers,
  NameSortTooWide,
} from '@ledger/projections/customer-360';
import { InvalidInput } from '../validation/validation.pipe';
import type { Page } from '../common/page.query';
import { EVENT_STORE, POLICIES, READ_STORE } from '../infrastructure/tokens';

/** The customer-360 read model's queries, called directly (ADR 0012). */
@Injectable()
export class Customer360Reads {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(POLICIES) private readonly policies: DomainPolicies,
  ) {}

  view(customerId: string, now: string): Promise<Customer360View | null> {
    return getCustomer360(this.reads, customerId, now, this.policies);
  }

  /** The view through an auditor's cut (ADR 0033): the stream replayed through the same fold, not the read model. */
  async asOf(customerId: string, cut: TimeCut): Promise<Customer360View | null> {
    return customer360AsOf(await this.events.readStream(customerStream(customerId)), cut, this.policies);
  }

  async list(query: CustomerListQuery, now: string): Promise<Page<Customer360View>> {
    try {
      return await listCustomers(this.reads, query, now, this.policies);
    } catch (error) {
      if (error instanceof NameSortTooWide)
        throw new InvalidInput([{ field: 'sort', problems: [error.message] }]);
      throw error;
    }
  }
}
