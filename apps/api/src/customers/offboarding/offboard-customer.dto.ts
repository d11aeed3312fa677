import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length } from 'class-validator';

export class OffboardCustomerDto {
  @ApiProperty({ example: 'moved abroad; all accounts closed' })
  @IsString()
  @Length(1, 500)
  reason!: string;

  @ApiPropertyOptional({ example: '2026-11-24T16:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;
}
