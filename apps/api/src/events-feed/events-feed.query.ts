import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class EventsFeedQuery {
  @ApiPropertyOptional({ example: 'start', description: '"start", "end" or a position token (exclusive)' })
  @IsOptional()
  @Matches(/^(start|end|\d+(:\d+)?)$/, { message: 'from must be "start", "end" or a position token' })
  from?: string;

  @ApiPropertyOptional({
    example: 'TierReassessed,CustomerOffboarded',
    description: 'comma-separated event types',
  })
  @IsOptional()
  @Matches(/^[A-Z][A-Za-z]{1,63}(,[A-Z][A-Za-z]{1,63})*$/, {
    message: 'types must be comma-separated event type names',
  })
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
