import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DecideTierReview } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForCustomer } from '../customer-decision';
import type { CustomerWritten } from '../../command-path/decision';
import { TierReviewParams } from '../../common/nested-id.params';
import { DecideTierReviewDto } from './decide-tier-review.dto';

@ApiTags('customer commands')
@Controller('customers')
export class DecideTierReviewController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/tier-reviews/:reviewId/decision')
  @Admits('committee-member')
  @ApiOperation({
    summary: 'Decide a tier review: the checker, four-eyes (TierReassessed or TierReviewRejected)',
  })
  async handle(
    @Param() { id, reviewId }: TierReviewParams,
    @Body() body: DecideTierReviewDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten & { reviewId: string }> {
    return {
      ...(await decideForCustomer<DecideTierReview>(
        this.bus,
        id,
        { type: 'DecideTierReview', ...body, reviewId },
        request,
      )),
      reviewId,
    };
  }
}
