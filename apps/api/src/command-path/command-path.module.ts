import { type DynamicModule, Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { LedgerConfig } from '@ledger/config';
import type { DomainPolicies } from '@ledger/domain';
import type { EventStore } from '@ledger/event-store';
import { EVENT_STORE, POLICIES } from '../infrastructure/tokens';
import { AggregateRepository } from './aggregate-repository';
import { DecisionHandler } from './decision.handler';
import { DEFAULT_FOLDED_STREAMS, FoldedStreams } from './folded-streams';

/** The one command path every aggregate's routes use: Decision → DecisionHandler → AggregateRepository. */
@Global()
@Module({})
export class CommandPathModule {
  static forConfig(config: LedgerConfig): DynamicModule {
    const folded = config.commandCacheStreams ?? DEFAULT_FOLDED_STREAMS;
    return {
      module: CommandPathModule,
      imports: [CqrsModule],
      providers: [
        DecisionHandler,
        {
          provide: AggregateRepository,
          useFactory: (store: EventStore, policies: DomainPolicies) =>
            new AggregateRepository(store, new FoldedStreams(folded), policies.version),
          inject: [EVENT_STORE, POLICIES],
        },
      ],
      exports: [AggregateRepository],
    };
  }
}
