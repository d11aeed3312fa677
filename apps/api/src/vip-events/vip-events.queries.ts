import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { CALENDAR_DATE_PATTERN } from '../common/calendar-date';
import { ConsistencyQuery } from '../queries/query-params';

const STATUSES = ['scheduled', 'cancelled'] as const;

export class ListVipEventsQuery extends ConsistencyQuery {
  @ApiPropertyOptional({ example: '2026-12-01', description: 'events on or after this day' })
  @IsOptional()
  @Matches(CALENDAR_DATE_PATTERN, { message: 'from must be a calendar date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'events on or before this day' })
  @IsOptional()
  @Matches(CALENDAR_DATE_PATTERN, { message: 'to must be a calendar date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];
}
