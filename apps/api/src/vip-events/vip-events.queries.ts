import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { ConsistencyQuery } from '../queries/query-params';

const STATUSES = ['scheduled', 'cancelled'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class ListVipEventsQuery extends ConsistencyQuery {
  @ApiPropertyOptional({ example: '2026-12-01', description: 'events on or after this day' })
  @IsOptional()
  @Matches(DAY, { message: 'from must be a calendar date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'events on or before this day' })
  @IsOptional()
  @Matches(DAY, { message: 'to must be a calendar date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];
}
