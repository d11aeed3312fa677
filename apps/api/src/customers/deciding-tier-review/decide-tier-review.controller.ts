import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DecideTierReview } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../commands/command-request.decorator';
import { CustomerCommands } from '../../commands/customer-commands';
import type { CommandResult } from '../../commands/record-customer-decision.command';
import { TierReviewParams } from '../../common/nested-id.params';
import { DecideTierReviewDto } from './decide-tier-review.dto';

@ApiTags('customer commands')
@Controller('customers')
export class DecideTierReviewController {
  constructor(private readonly commands: CustomerCommands) {}

  @Post(':id/tier-reviews/:reviewId/decision')
  @Admits('committee-member')
  @ApiOperation({
    summary: 'Decide a tier review: the checker, four-eyes (TierReassessed or TierReviewRejected)',
  })
  async handle(
    @Param() { id, reviewId }: TierReviewParams,
    @Body() body: DecideTierReviewDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CommandResult & { reviewId: string }> {
    return {
      ...(await this.commands.run<DecideTierReview>(
        id,
        { type: 'DecideTierReview', ...body, reviewId },
        request,
      )),
      reviewId,
    };
  }
}
