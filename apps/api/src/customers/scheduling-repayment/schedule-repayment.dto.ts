import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsOptional, Matches, ValidateNested } from 'class-validator';
import { CALENDAR_DATE_PATTERN } from '../../common/calendar-date';
import { MoneyDto } from '../../common/money.dto';

export class ScheduleRepaymentDto {
  @ApiProperty({ example: '2026-12-15', description: 'the day the next repayment falls due (YYYY-MM-DD)' })
  @Matches(CALENDAR_DATE_PATTERN, { message: 'dueDate must be a calendar date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  dueDate!: string;

  @ApiPropertyOptional({ type: MoneyDto, description: 'what falls due, when the core system says' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  amountDue?: MoneyDto;

  @ApiPropertyOptional({ example: '2026-11-20T09:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  scheduledAt?: string;
}
