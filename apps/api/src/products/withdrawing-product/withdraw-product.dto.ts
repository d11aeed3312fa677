import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length } from 'class-validator';

export class WithdrawProductDto {
  @ApiProperty({ example: 'regulator notice 2026-17' })
  @IsString()
  @Length(1, 500)
  reason!: string;

  @ApiPropertyOptional({ example: '2026-11-18T09:00:00Z', description: 'defaults to now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  withdrawnAt?: string;
}
