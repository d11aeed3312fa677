import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CastTierReviewVote } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForCustomer } from '../customer-decision';
import type { CustomerWritten } from '../../command-path/decision';
import { TierReviewParams } from '../../common/nested-id.params';
import { CastTierReviewVoteDto } from './cast-tier-review-vote.dto';

@ApiTags('customer commands')
@Controller('customers')
export class CastTierReviewVoteController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/tier-reviews/:reviewId/votes')
  @Admits('committee-member')
  @ApiOperation({
    summary:
      "Vote on a tier review as the caller, four-eyes (TierReviewVoteCast; with the quorum's TierReassessed or TierReviewRejected)",
  })
  async handle(
    @Param() { id, reviewId }: TierReviewParams,
    @Body() body: CastTierReviewVoteDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten & { reviewId: string }> {
    return {
      ...(await decideForCustomer<CastTierReviewVote>(
        this.bus,
        id,
        { type: 'CastTierReviewVote', ...body, reviewId },
        request,
      )),
      reviewId,
    };
  }
}
