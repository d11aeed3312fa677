import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import type { LedgerConfig } from '@ledger/config';
import { AuthGuard } from './auth/auth.guard';
import { TokenVerifier } from './auth/token-verifier';
import { CampaignsModule } from './campaigns/campaigns.module';
import { CommandPathModule } from './command-path/command-path.module';
import { DevelopmentSignInModule } from './console/development-sign-in.module';
import { CustomerCommandsModule } from './customers/customer-commands.module';
import { OpportunitiesModule } from './opportunities/opportunities.module';
import { HouseholdsModule } from './households/households.module';
import { VipEventsModule } from './vip-events/vip-events.module';
import { InstructionsModule } from './instructions/instructions.module';
import { EscalationsController } from './escalations/escalations.controller';
import { EventCatalogModule } from './event-catalog/event-catalog.module';
import { EventsFeedController } from './events-feed/events-feed.controller';
import { HealthController } from './health/health.controller';
import { TierAuditsController } from './tier-audits/tier-audits.controller';
import { WorklistController } from './worklist/worklist.controller';
import { CustomerViewsController } from './customer-views/customer-views.controller';
import { KpisController } from './kpis/kpis.controller';
import { PayrollLinkageController } from './kpis/payroll-linkage.controller';
import { AccessLog } from './access-log/access-log';
import { AccessLogController } from './access-log/access-log.controller';
import { HistoryController } from './history/history.controller';
import { IntegrityModule } from './integrity/integrity.module';
import { ProductsModule } from './products/products.module';
import { MetricsController } from './operations/metrics.controller';
import { ProjectionsController } from './operations/projections.controller';
import { StoresModule } from './infrastructure/stores.module';
import type { Clock } from './infrastructure/tokens';
import { READ_MODELS } from './queries/read-models';

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
        CampaignsModule,
        ProductsModule,
        OpportunitiesModule,
        HouseholdsModule,
        VipEventsModule,
        InstructionsModule,
        EventCatalogModule,
        IntegrityModule,
        DevelopmentSignInModule.forConfig(config),
      ],
      controllers: [
        HealthController,
        MetricsController,
        ProjectionsController,
        EventsFeedController,
        HistoryController,
        KpisController,
        PayrollLinkageController,
        CustomerViewsController,
        TierAuditsController,
        WorklistController,
        EscalationsController,
        AccessLogController,
      ],
      providers: [
        { provide: LEDGER_CONFIG, useValue: config },
        { provide: TokenVerifier, useFactory: () => new TokenVerifier(config) },
        { provide: APP_GUARD, useClass: AuthGuard },
        AccessLog,
        ...READ_MODELS,
      ],
    };
  }
}
