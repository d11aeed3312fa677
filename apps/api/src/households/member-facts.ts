import { Injectable } from '@nestjs/common';
import { type CustomerState, customerAggregate, isOnboarded, type MemberFacts } from '@ledger/domain';
import { AggregateRepository } from '../command-path/aggregate-repository';
import { HouseholdMembership } from './household-membership';

/**
 * The facts a join is judged on: whether the customer is onboarded and active, from the customer's
 * own stream; the household it is in now, from its `membership-<customerId>` register (ADR 0027).
 */
@Injectable()
export class MemberFactsLoader {
  constructor(
    private readonly repository: AggregateRepository,
    private readonly membership: HouseholdMembership,
  ) {}

  async of(customerId: string, correlationId: string): Promise<MemberFacts | null> {
    const loaded = await this.repository.load<CustomerState>(customerAggregate, customerId, {
      correlationId,
    });
    if (!('folded' in loaded) || !isOnboarded(loaded.folded.state)) return null;
    return {
      customerId,
      active: loaded.folded.state.status === 'active',
      householdId: await this.membership.holderOf(customerId, correlationId),
    };
  }
}
