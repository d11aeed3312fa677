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
}
