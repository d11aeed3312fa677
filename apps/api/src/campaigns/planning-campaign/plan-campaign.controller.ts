import { randomUUID } from 'node:crypto';
import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PlanCampaign } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { derivedId } from '../../command-path/idempotency';
import { toMinorUnits } from '../../common/money.dto';
import { type CampaignWritten, decideForCampaign } from '../campaign-decision';
import { PlanCampaignDto } from './plan-campaign.dto';

@ApiTags('campaigns')
@Controller('campaigns')
export class PlanCampaignController {
  constructor(private readonly bus: CommandBus) {}

  @Post()
  @Admits('campaign-manager', 'admin')
  @ApiOperation({ summary: 'Plan a campaign: its product, target rule, window and budget (CampaignPlanned)' })
  handle(
    @Body() body: PlanCampaignDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CampaignWritten> {
    const { campaignId, budget, ...fields } = body;
    const id = campaignId ?? derivedId(request.context.idempotencyKey, 'campaignId', randomUUID);
    return decideForCampaign<PlanCampaign>(
      this.bus,
      id,
      { type: 'PlanCampaign', ...fields, budget: toMinorUnits(budget) },
      request,
    );
  }
}
