import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@ledger/event-store';
import type { ReadStore } from '@ledger/read-store';
import {
  customer360AsOf,
  type Customer360View,
  type CustomerListQuery,
  getCustomer360,
  listCustomers,
} from '@ledger/projections/customer-360';
import { customerStream } from '@ledger/domain';
import type { Page } from '../common/page.query';
import { EVENT_STORE, READ_STORE } from '../infrastructure/tokens';

export class GetCustomer360 extends Query<Customer360View | null> {
  constructor(
    readonly customerId: string,
    readonly now: string,
  ) {
    super();
  }
}

/** The view as it stood at a recorded time: the stream replayed through the same fold, not the read model. */
export class GetCustomer360AsOf extends Query<Customer360View | null> {
  constructor(
    readonly customerId: string,
    readonly asOf: string,
  ) {
    super();
  }
}

export class ListCustomers extends Query<Page<Customer360View>> {
  constructor(
    readonly query: CustomerListQuery,
    readonly now: string,
  ) {
    super();
  }
}

@QueryHandler(GetCustomer360)
export class GetCustomer360Handler implements IQueryHandler<GetCustomer360> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  execute({ customerId, now }: GetCustomer360): Promise<Customer360View | null> {
    return getCustomer360(this.reads, customerId, now);
  }
}

@QueryHandler(GetCustomer360AsOf)
export class GetCustomer360AsOfHandler implements IQueryHandler<GetCustomer360AsOf> {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  async execute({ customerId, asOf }: GetCustomer360AsOf): Promise<Customer360View | null> {
    return customer360AsOf(await this.events.readStream(customerStream(customerId)), asOf);
  }
}

@QueryHandler(ListCustomers)
export class ListCustomersHandler implements IQueryHandler<ListCustomers> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  execute({ query, now }: ListCustomers): Promise<Page<Customer360View>> {
    return listCustomers(this.reads, query, now);
  }
}
