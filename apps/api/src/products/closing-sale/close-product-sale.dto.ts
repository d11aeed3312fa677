import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length } from 'class-validator';

export class CloseProductSaleDto {
  @ApiProperty({ example: 'quota sold out' })
  @IsString()
  @Length(1, 500)
  reason!: string;

  @ApiPropertyOptional({ example: '2026-11-15T17:00:00Z', description: 'defaults to now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  closedAt?: string;
}
