import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length } from 'class-validator';

export class LeaveHouseholdDto {
  @ApiProperty({ example: 'moved abroad' })
  @IsString()
  @Length(1, 500)
  reason!: string;

  @ApiPropertyOptional({ example: '2026-12-07T09:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  leftAt?: string;
}
