import { Injectable } from '@nestjs/common';
import { type CustomerState, customerAggregate, type GuestFacts, isOnboarded } from '@ledger/domain';
import { AggregateRepository } from '../command-path/aggregate-repository';

/** What an invitation is judged on, from the customer's own stream: active, and consenting to marketing. */
@Injectable()
export class GuestFactsLoader {
  constructor(private readonly repository: AggregateRepository) {}

  async of(customerId: string, correlationId: string): Promise<GuestFacts | null> {
    const customer = await this.repository.current<CustomerState>(
      customerAggregate,
      customerId,
      correlationId,
    );
    if (!isOnboarded(customer)) return null;
    return { customerId, active: customer.status === 'active', marketingConsent: customer.consent.marketing };
  }
}
