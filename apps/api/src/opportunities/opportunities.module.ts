import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AdvanceOpportunityController } from './advancing-opportunity/advance-opportunity.controller';
import { CustomerFactsLoader } from './customer-facts';
import { HoldingAttribution } from './winning-opportunity/holding-attribution';
import { LoseOpportunityController } from './losing-opportunity/lose-opportunity.controller';
import { OpenOpportunityController } from './opening-opportunity/open-opportunity.controller';
import { OpportunitiesController } from './opportunities.controller';
import { OpportunityReads } from './opportunity.reads';
import { WinOpportunityController } from './winning-opportunity/win-opportunity.controller';

/** The opportunity's command routes and the pipeline's read routes (issue 16, ADR 0019). */
@Module({
  imports: [CqrsModule],
  controllers: [
    OpenOpportunityController,
    AdvanceOpportunityController,
    WinOpportunityController,
    LoseOpportunityController,
    OpportunitiesController,
  ],
  providers: [CustomerFactsLoader, OpportunityReads, HoldingAttribution],
})
export class OpportunitiesModule {}
