import { Injectable } from '@nestjs/common';
import { type CustomerState, customerAggregate, isOnboarded, type PartyFacts } from '@ledger/domain';
import { AggregateRepository } from '../../command-path/aggregate-repository';

/**
 * The person's facts a link is judged on, from the person's own stream: onboarded, active, segment.
 * Read without the caller's book (ADR 0027): a company's people are often in other managers' books.
 */
@Injectable()
export class PartyFactsLoader {
  constructor(private readonly repository: AggregateRepository) {}

  async of(personId: string, correlationId: string): Promise<PartyFacts | null> {
    const person = await this.repository.current<CustomerState>(customerAggregate, personId, correlationId);
    if (!isOnboarded(person)) return null;
    const { segment, status } = person;
    return { customerId: personId, segment, active: status === 'active' };
  }
}
