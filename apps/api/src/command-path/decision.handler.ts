import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DomainPolicies } from '@ledger/domain';
import { POLICIES } from '../infrastructure/tokens';
import { AggregateRepository } from './aggregate-repository';
import { Decision, type Written } from './decision';

/** Load → decide → save, for every aggregate: every rule lives in the aggregate's `decide`. */
@CommandHandler(Decision)
export class DecisionHandler implements ICommandHandler<Decision, Written> {
  constructor(
    private readonly repository: AggregateRepository,
    @Inject(POLICIES) private readonly policies: DomainPolicies,
  ) {}

  async execute({ aggregate, command, context }: Decision): Promise<Written> {
    const id = aggregate.idOf(command);
    const loaded = await this.repository.load(aggregate, id, context);
    if ('answered' in loaded) return loaded.answered;
    const decided = aggregate.decide(command, loaded.folded.state, this.policies);
    return this.repository.save(aggregate, id, loaded.folded, decided, context);
  }
}
