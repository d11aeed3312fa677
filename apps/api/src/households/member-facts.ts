import { Inject, Injectable } from '@nestjs/common';
import { type CustomerState, customerAggregate, isOnboarded, type MemberFacts } from '@ledger/domain';
import { HOUSEHOLD_MEMBERS, type HouseholdMemberDocument } from '@ledger/projections/households';
import type { ReadStore } from '@ledger/read-store';
import { AggregateRepository } from '../command-path/aggregate-repository';
import { READ_STORE } from '../infrastructure/tokens';

/**
 * The facts a join is judged on: whether the customer is onboarded and active, from the customer's
 * own stream; the household it is in now, from the households read model (ADR 0025: a race with a
 * concurrent join elsewhere is possible until a membership register replaces this lookup).
 */
@Injectable()
export class MemberFactsLoader {
  constructor(
    private readonly repository: AggregateRepository,
    @Inject(READ_STORE) private readonly reads: ReadStore,
  ) {}

  async of(customerId: string, correlationId: string): Promise<MemberFacts | null> {
    const loaded = await this.repository.load<CustomerState>(customerAggregate, customerId, {
      correlationId,
    });
    if (!('folded' in loaded) || !isOnboarded(loaded.folded.state)) return null;
    const member = await this.reads.findOne<HouseholdMemberDocument>(HOUSEHOLD_MEMBERS, { _id: customerId });
    return {
      customerId,
      active: loaded.folded.state.status === 'active',
      householdId: member?.householdIds[0] ?? null,
    };
  }
}
