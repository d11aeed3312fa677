import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  type CustomerState,
  customerAggregate,
  type HolderFacts,
  identityAggregate,
  type IdentityState,
  isOnboarded,
  normalisedIdNumber,
  type RegisterIdNumber,
  type ReleaseIdNumber,
  type ReleaseReason,
} from '@ledger/domain';
import { WrongExpectedRevision } from '@ledger/event-store';
import { idNumberIndexOf } from '@ledger/personal-data';
import { AggregateRepository } from '../../command-path/aggregate-repository';
import type { CommandRequest } from '../../command-path/command-request.decorator';
import { Decision } from '../../command-path/decision';
import { unkeyed } from '../../command-path/unkeyed';
import { BLIND_INDEX_KEY } from '../../infrastructure/tokens';

/**
 * The idNumber register (ADR 0025): one `identity-<blind index>` stream per number, appended at the
 * revision read, so of two concurrent onboardings of one number only one registers it.
 */
@Injectable()
export class IdNumberRegister {
  constructor(
    private readonly bus: CommandBus,
    private readonly repository: AggregateRepository,
    @Inject(BLIND_INDEX_KEY) private readonly key: Buffer,
  ) {}

  /** Registers the number to the customer, or throws DuplicateCustomer naming its holder. */
  async register(idNumber: string, customerId: string, request: CommandRequest): Promise<void> {
    const index = this.indexOf(idNumber);
    try {
      await this.registerAt(index, customerId, request);
    } catch (error) {
      // The other onboarding won the race: judged again on what it recorded (DUPLICATE_CUSTOMER).
      if (!(error instanceof WrongExpectedRevision)) throw error;
      await this.registerAt(index, customerId, request);
    }
  }

  /** Frees the number again after the customer's onboarding was refused, or a correction replaced it. */
  async release(
    idNumber: string,
    customerId: string,
    request: CommandRequest,
    reason: ReleaseReason = 'onboarding-refused',
  ): Promise<void> {
    const fields = { type: 'ReleaseIdNumber', index: this.indexOf(idNumber), customerId, reason } as const;
    await this.bus.execute(Decision.of<ReleaseIdNumber>(identityAggregate, fields, unkeyed(request)));
  }

  private async registerAt(index: string, customerId: string, request: CommandRequest): Promise<void> {
    const holder = await this.holderFacts(index, customerId, request);
    const fields = { type: 'RegisterIdNumber', index, customerId, holder } as const;
    await this.bus.execute(Decision.of<RegisterIdNumber>(identityAggregate, fields, unkeyed(request)));
  }

  /** Facts about the current holder, from its own customer stream; the decider judges them. */
  private async holderFacts(
    index: string,
    customerId: string,
    request: CommandRequest,
  ): Promise<HolderFacts | null> {
    const { correlationId } = request.context;
    const register = await this.repository.load<IdentityState>(identityAggregate, index, { correlationId });
    if (!('folded' in register)) return null;
    const holder = register.folded.state.holder;
    if (holder === null || holder === customerId) return null;
    const customer = await this.repository.load<CustomerState>(customerAggregate, holder, { correlationId });
    return { customerId: holder, onboarded: 'folded' in customer && isOnboarded(customer.folded.state) };
  }

  /** Whether two spellings are one number (one register stream): a reformatting moves no register. */
  sameNumber(a: string, b: string): boolean {
    return this.indexOf(a) === this.indexOf(b);
  }

  private indexOf(idNumber: string): string {
    return idNumberIndexOf(this.key, normalisedIdNumber(idNumber));
  }
}
