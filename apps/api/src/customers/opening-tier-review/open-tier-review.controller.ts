import { randomUUID } from 'node:crypto';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { OpenTierReview } from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForCustomer } from '../customer-decision';
import { derivedId } from '../../command-path/idempotency';
import type { CustomerWritten } from '../../command-path/decision';
import { CustomerIdParams } from '../../common/customer-id.params';
import { OpenTierReviewDto } from './open-tier-review.dto';

@ApiTags('customer commands')
@Controller('customers')
export class OpenTierReviewController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':id/tier-reviews')
  @Admits('relationship-manager', 'committee-member')
  @ApiOperation({ summary: 'Open a tier review: the maker (TierReviewOpened)' })
  async handle(
    @Param() { id }: CustomerIdParams,
    @Body() body: OpenTierReviewDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<CustomerWritten & { reviewId: string }> {
    const reviewId = body.reviewId ?? derivedId(request.context.idempotencyKey, 'reviewId', randomUUID);
    return {
      ...(await decideForCustomer<OpenTierReview>(
        this.bus,
        id,
        { type: 'OpenTierReview', ...body, reviewId },
        request,
      )),
      reviewId,
    };
  }
}
