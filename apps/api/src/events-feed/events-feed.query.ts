import { ApiPropertyOptional } from '@nestjs/swagger';
import { CUSTOMER_EVENT_TYPES } from '@ledger/domain';
import { IsOptional, Matches } from 'class-validator';
import { IsCustomerEventTypeList } from '../common/event-types.validator';

export class EventsFeedQuery {
  @ApiPropertyOptional({ example: 'start', description: '"start", "end" or a position token (exclusive)' })
  @IsOptional()
  @Matches(/^(start|end|\d+(:\d+)?)$/, { message: 'from must be "start", "end" or a position token' })
  from?: string;

  @ApiPropertyOptional({
    example: 'TierReassessed,CustomerOffboarded',
    description: `comma-separated event types, each one of ${CUSTOMER_EVENT_TYPES.join(', ')}; an unknown name is a 400 naming it`,
  })
  @IsOptional()
  @IsCustomerEventTypeList()
  types?: string;
}
