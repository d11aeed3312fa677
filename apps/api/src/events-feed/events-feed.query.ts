import { ApiPropertyOptional } from '@nestjs/swagger';
import { PUBLISHED_EVENT_TYPES } from '@ledger/domain';
import { IsOptional, Matches } from 'class-validator';
import { IsPublishedEventTypeList } from '../common/event-types.validator';

export class EventsFeedQuery {
  @ApiPropertyOptional({ example: 'start', description: '"start", "end" or a position token (exclusive)' })
  @IsOptional()
  @Matches(/^(start|end|\d+(:\d+)?)$/, { message: 'from must be "start", "end" or a position token' })
  from?: string;

  @ApiPropertyOptional({
    example: 'TierReassessed,CustomerOffboarded',
    description: `comma-separated event types of the published categories (e.g. ${PUBLISHED_EVENT_TYPES.slice(0, 3).join(', ')}); an unknown name is a 400 naming it`,
  })
  @IsOptional()
  @IsPublishedEventTypeList()
  types?: string;

  @ApiPropertyOptional({
    example: 'customer,product',
    description:
      'comma-separated stream categories: customer, product, campaign, opportunity, household (default: all of them)',
  })
  @IsOptional()
  @Matches(/^[a-z][a-z-]{0,31}(,[a-z][a-z-]{0,31})*$/, {
    message: 'categories must be comma-separated stream categories',
  })
  categories?: string;
}
