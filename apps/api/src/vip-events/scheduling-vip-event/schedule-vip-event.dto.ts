import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsObject, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { CALENDAR_DATE_PATTERN } from '../../common/calendar-date';
import { IsTargetRule } from '../../common/target-rule.validator';
import { VIP_EVENT_ID_EXAMPLE } from '../vip-event-id.params';

export class ScheduleVipEventDto {
  @ApiPropertyOptional({ example: VIP_EVENT_ID_EXAMPLE, description: 'generated when absent' })
  @IsOptional()
  @IsUUID()
  vipEventId?: string;

  @ApiProperty({ example: '新年音乐会' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: '2026-12-20', description: 'the day of the event (YYYY-MM-DD), today or later' })
  @Matches(CALENDAR_DATE_PATTERN, { message: 'date must be a calendar date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  date!: string;

  @ApiProperty({
    description:
      'who is invited, in the campaign target language (README "Campaign target rules"); guests may also be invited by name',
    example: { all: [{ field: 'tier', in: ['PRIVATE', 'STRATEGIC'] }] },
    type: 'object',
    additionalProperties: true,
  })
  @IsObject()
  @IsTargetRule()
  inviteeRule!: Record<string, unknown>;
}
