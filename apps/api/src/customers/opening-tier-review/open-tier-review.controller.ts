import { randomUUID } from 'node:crypto';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { OpenTierReview } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../commands/command-request.decorator';
import { CustomerCommands } from '../../commands/customer-commands';
import { derivedId } from '../../commands/idempotency';
import type { CommandResult } from '../../commands/record-customer-decision.command';
import { CustomerIdParams } from '../../common/customer-id.params';
import { OpenTierReviewDto } from './open-tier-review.dto';

@ApiTags('customer commands')
@Controller('customers')
export class OpenTierReviewController {
  constructor(private readonly commands: CustomerCommands) {}

  @Post(':id/tier-reviews')
  @Admits('relationship-manager', 'committee-member')
  @ApiOperation({ summary: 'Open a tier review: the maker (TierReviewOpened)' })
  async handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: OpenTierReviewDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CommandResult & { reviewId: string }> {
    const reviewId = body.reviewId ?? derivedId(request.context.idempotencyKey, 'reviewId', randomUUID);
    return {
      ...(await this.commands.run<OpenTierReview>(
        id,
        { type: 'OpenTierReview', ...body, reviewId },
        request,
      )),
      reviewId,
    };
  }
}
