import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  type ClaimHouseholdMembership,
  type MembershipHolderFacts,
  householdAggregate,
  type HouseholdState,
  isFormed,
  membershipAggregate,
  type MembershipState,
  type ReleaseHouseholdMembership,
} from '@ledger/domain';
import { WrongExpectedRevision } from '@ledger/event-store';
import { AggregateRepository } from '../command-path/aggregate-repository';
import type { CommandRequest } from '../command-path/command-request.decorator';
import { Decision } from '../command-path/decision';
import { unkeyed } from '../command-path/unkeyed';

/**
 * One customer, one household: a `membership-<customerId>` register claimed before the join is
 * appended, at the revision read, as the idNumber and attribution registers are (ADR 0027).
 */
@Injectable()
export class HouseholdMembership {
  constructor(
    private readonly bus: CommandBus,
    private readonly repository: AggregateRepository,
  ) {}

  /** The household the register names now (null: none); undefined when the customer has no register yet. */
  async holderOf(customerId: string, correlationId: string): Promise<string | null | undefined> {
    const register = await this.repository.load<MembershipState>(membershipAggregate, customerId, {
      correlationId,
    });
    if (!('folded' in register) || register.folded.revision < 0n) return undefined;
    return register.folded.state.householdId;
  }

  /** Claims the customer for the household, or throws AlreadyInHousehold naming the other. */
  async claim(customerId: string, householdId: string, request: CommandRequest): Promise<void> {
    try {
      await this.claimAt(customerId, householdId, request);
    } catch (error) {
      // A concurrent join claimed it first: judged again on what that join recorded.
      if (!(error instanceof WrongExpectedRevision)) throw error;
      await this.claimAt(customerId, householdId, request);
    }
  }

  /** Frees the customer after leaving, or after the join that claimed it was refused. */
  async release(customerId: string, householdId: string, request: CommandRequest): Promise<void> {
    const fields = { type: 'ReleaseHouseholdMembership', customerId, householdId } as const;
    await this.bus.execute(
      Decision.of<ReleaseHouseholdMembership>(membershipAggregate, fields, unkeyed(request)),
    );
  }

  private async claimAt(customerId: string, householdId: string, request: CommandRequest): Promise<void> {
    const holder = await this.holderFacts(customerId, householdId, request.context.correlationId);
    const fields = { type: 'ClaimHouseholdMembership', customerId, householdId, holder } as const;
    await this.bus.execute(
      Decision.of<ClaimHouseholdMembership>(membershipAggregate, fields, unkeyed(request)),
    );
  }

  /** Whether the household holding the claim has the customer as a member, from its own stream. */
  private async holderFacts(
    customerId: string,
    householdId: string,
    correlationId: string,
  ): Promise<MembershipHolderFacts | null> {
    const holder = await this.holderOf(customerId, correlationId);
    if (holder === null || holder === undefined || holder === householdId) return null;
    const loaded = await this.repository.load<HouseholdState>(householdAggregate, holder, { correlationId });
    const state = 'folded' in loaded ? loaded.folded.state : null;
    const isMember = state !== null && isFormed(state) && state.members[customerId] !== undefined;
    return { householdId: holder, isMember };
  }
}
