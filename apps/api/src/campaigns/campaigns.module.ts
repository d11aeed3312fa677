import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CampaignReads } from './campaign.reads';
import { CampaignsController } from './campaigns.controller';
import { CloseCampaignController } from './closing-campaign/close-campaign.controller';
import { LaunchCampaignController } from './launching-campaign/launch-campaign.controller';
import { PlanCampaignController } from './planning-campaign/plan-campaign.controller';
import { TargetFacts } from './target-facts';

/** Campaigns (issue 16): the campaign aggregate's command routes and its read routes. */
@Module({
  imports: [CqrsModule],
  controllers: [
    PlanCampaignController,
    LaunchCampaignController,
    CloseCampaignController,
    CampaignsController,
  ],
  providers: [TargetFacts, CampaignReads],
  exports: [],
})
export class CampaignsModule {}
