import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import type { LedgerConfig } from '@ledger/config';
import { AuthGuard } from './auth/auth.guard';
import { TokenVerifier } from './auth/token-verifier';
import { CommandPathModule } from './command-path/command-path.module';
import { CustomerCommandsModule } from './customers/customer-commands.module';
import { EventCatalogModule } from './event-catalog/event-catalog.module';
import { EventsFeedController } from './events-feed/events-feed.controller';
import { HealthController } from './health/health.controller';
import { ListTierAuditsHandler, ListTierReviewsHandler } from './tier-audits/tier-audit.queries';
import { TierAuditsController } from './tier-audits/tier-audits.controller';
import { GetWorklistHandler, WorklistController } from './worklist/worklist.controller';
import { CustomerViewsController } from './customer-views/customer-views.controller';
import {
  GetCustomer360AsOfHandler,
  GetCustomer360Handler,
  ListCustomersHandler,
} from './customer-views/customer-view.queries';
import { GetKpisHandler, KpisController } from './kpis/kpis.controller';
import { AccessLog } from './access-log/access-log';
import { GetCustomerHistoryHandler, VerifyCustomerHistoryHandler } from './history/customer-history.queries';
import { HistoryController } from './history/history.controller';
import { MetricsController } from './operations/metrics.controller';
import { ProjectionsController } from './operations/projections.controller';
import { StoresModule } from './infrastructure/stores.module';
import type { Clock } from './infrastructure/tokens';

export const LEDGER_CONFIG = Symbol('LEDGER_CONFIG');

@Module({})
export class AppModule {
  static forConfig(config: LedgerConfig, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        StoresModule.forConfig(config, clock),
        CommandPathModule.forConfig(config),
        CustomerCommandsModule,
        EventCatalogModule,
      ],
      controllers: [
        HealthController,
        MetricsController,
        ProjectionsController,
        EventsFeedController,
        HistoryController,
        KpisController,
        CustomerViewsController,
        TierAuditsController,
        WorklistController,
      ],
      providers: [
        { provide: LEDGER_CONFIG, useValue: config },
        { provide: TokenVerifier, useFactory: () => new TokenVerifier(config) },
        { provide: APP_GUARD, useClass: AuthGuard },
        AccessLog,
        GetCustomerHistoryHandler,
        VerifyCustomerHistoryHandler,
        GetKpisHandler,
        GetCustomer360Handler,
        GetCustomer360AsOfHandler,
        ListCustomersHandler,
        ListTierAuditsHandler,
        ListTierReviewsHandler,
        GetWorklistHandler,
      ],
    };
  }
}
