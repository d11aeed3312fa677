import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CloseCampaign } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { type CampaignWritten, decideForCampaign } from '../campaign-decision';
import { CampaignIdParams } from '../campaign-id.params';
import { CloseCampaignDto } from './close-campaign.dto';

@ApiTags('campaigns')
@Controller('campaigns')
export class CloseCampaignController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/closure')
  @Admits('campaign-manager', 'admin')
  @ApiOperation({ summary: 'Close a campaign: no more contacts name it (CampaignClosed)' })
  handle(
    @Param() { id }: CampaignIdParams,
    @Body() body: CloseCampaignDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CampaignWritten> {
    return decideForCampaign<CloseCampaign>(this.bus, id, { type: 'CloseCampaign', ...body }, request);
  }
}
