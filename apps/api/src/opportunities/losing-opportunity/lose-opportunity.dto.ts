import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length } from 'class-validator';

export class LoseOpportunityDto {
  @ApiProperty({ example: 'customer chose a higher-yield product elsewhere' })
  @IsString()
  @Length(1, 500)
  reason!: string;

  @ApiPropertyOptional({ example: '2026-11-28T15:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  lostAt?: string;
}
