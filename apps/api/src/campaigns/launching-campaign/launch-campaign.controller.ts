import { Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LaunchCampaign } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { type CampaignWritten, decideForCampaign } from '../campaign-decision';
import { CampaignIdParams } from '../campaign-id.params';
import { TargetFacts } from '../target-facts';

@ApiTags('campaigns')
@Controller('campaigns')
export class LaunchCampaignController {
  constructor(
    private readonly bus: CommandBus,
    private readonly facts: TargetFacts,
  ) {}

  @Post(':id/launch')
  @Admits('campaign-manager', 'admin')
  @ApiOperation({
    summary:
      'Launch a campaign: freeze its targets from the 360 state at the current global position (CampaignLaunched, CampaignTargetsFrozen)',
  })
  async handle(
    @Param() { id }: CampaignIdParams,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CampaignWritten & { targetsFrozenAt: string }> {
    const frozenAt = await this.facts.head();
    const views = await this.facts.viewsAt(frozenAt, request.now);
    const fields = { type: 'LaunchCampaign' as const, frozenAt, views };
    return {
      ...(await decideForCampaign<LaunchCampaign>(this.bus, id, fields, request)),
      targetsFrozenAt: frozenAt,
    };
  }
}
