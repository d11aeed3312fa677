import { Inject, Injectable } from '@nestjs/common';
import { type CustomerState, customerAggregate, isOnboarded, type MemberFacts } from '@ledger/domain';
import { HOUSEHOLD_MEMBERS, type HouseholdMemberDocument } from '@ledger/projections/households';
import type { ReadStore } from '@ledger/read-store';
import { AggregateRepository } from '../command-path/aggregate-repository';
import { READ_STORE } from '../infrastructure/tokens';
import { HouseholdMembership } from './household-membership';

/** The facts a join is judged on, and whether the household it is in came from its register. */
export type JoiningCustomer = { facts: MemberFacts | null; registered: boolean };

/**
 * The facts a join is judged on: whether the customer is onboarded and active, from the customer's
 * own stream; the household it is in now, from its `membership-<customerId>` register (ADR 0027),
 * or, for a membership joined before the register existed, from the households read model.
 */
@Injectable()
export class MemberFactsLoader {
  constructor(
    private readonly repository: AggregateRepository,
    private readonly membership: HouseholdMembership,
    @Inject(READ_STORE) private readonly reads: ReadStore,
  ) {}

  async of(customerId: string, correlationId: string): Promise<JoiningCustomer> {
    const loaded = await this.repository.load<CustomerState>(customerAggregate, customerId, {
      correlationId,
    });
    if (!('folded' in loaded) || !isOnboarded(loaded.folded.state)) return { facts: null, registered: false };
    const registered = await this.membership.holderOf(customerId, correlationId);
    // No register yet: a membership from before it existed shows only in the read model.
    const member =
      registered === undefined
        ? await this.reads.findOne<HouseholdMemberDocument>(HOUSEHOLD_MEMBERS, { _id: customerId })
        : null;
    const facts = {
      customerId,
      active: loaded.folded.state.status === 'active',
      householdId: registered ?? member?.householdIds[0] ?? null,
    };
    return { facts, registered: registered !== undefined };
  }
}
