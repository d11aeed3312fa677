import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { LedgerConfig } from '@ledger/config';
import type { EventStore } from '@ledger/event-store';
import { CustomerCommands } from '../commands/customer-commands';
import { CustomerStates } from '../commands/customer-states';
import { DEFAULT_FOLDED_STREAMS, FoldedCustomerCache } from '../commands/folded-customer.cache';
import { RecordCustomerDecisionHandler } from '../commands/record-customer-decision.handler';
import { ErasureSweep } from '../erasure/erasure-sweep';
import { EVENT_STORE } from '../infrastructure/tokens';
import { AssignRelationshipManagerController } from './assigning-relationship-manager/assign-relationship-manager.controller';
import { DecideTierReviewController } from './deciding-tier-review/decide-tier-review.controller';
import { ErasePersonalDataController } from './erasing-personal-data/erase-personal-data.controller';
import { LogContactController } from './logging-contact/log-contact.controller';
import { OffboardCustomerController } from './offboarding/offboard-customer.controller';
import { OnboardCustomerController } from './onboarding/onboard-customer.controller';
import { OpenServiceRequestController } from './opening-service-request/open-service-request.controller';
import { OpenTierReviewController } from './opening-tier-review/open-tier-review.controller';
import { RecordContributionController } from './recording-contribution/record-contribution.controller';
import { RecordMaturityController } from './recording-maturity/record-maturity.controller';
import { ResolveServiceRequestController } from './resolving-service-request/resolve-service-request.controller';
import { RevalueAssetsController } from './revaluing-assets/revalue-assets.controller';
import { SubscribeProductController } from './subscribing-product/subscribe-product.controller';
import { UpdateProfileController } from './updating-profile/update-profile.controller';

/** Every command route of DESIGN §4: DTO → domain command → CommandBus → one handler. */
@Module({})
export class CustomerCommandsModule {
  static forConfig(config: LedgerConfig): DynamicModule {
    const folded = config.commandCacheStreams ?? DEFAULT_FOLDED_STREAMS;
    return {
      module: CustomerCommandsModule,
      imports: [CqrsModule],
      controllers: [
        OnboardCustomerController,
        UpdateProfileController,
        AssignRelationshipManagerController,
        SubscribeProductController,
        RecordMaturityController,
        RevalueAssetsController,
        RecordContributionController,
        LogContactController,
        OpenTierReviewController,
        DecideTierReviewController,
        OpenServiceRequestController,
        ResolveServiceRequestController,
        OffboardCustomerController,
        ErasePersonalDataController,
      ],
      providers: [
        CustomerCommands,
        RecordCustomerDecisionHandler,
        ErasureSweep,
        {
          provide: CustomerStates,
          useFactory: (store: EventStore) => new CustomerStates(store, new FoldedCustomerCache(folded)),
          inject: [EVENT_STORE],
        },
      ],
    };
  }
}
