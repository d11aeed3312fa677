import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { CONSENT_PURPOSES, type ConsentPurpose } from '@ledger/domain';

export class GiveConsentDto {
  @ApiProperty({ enum: CONSENT_PURPOSES, example: 'marketing' })
  @IsIn(CONSENT_PURPOSES)
  purpose!: ConsentPurpose;

  @ApiPropertyOptional({
    example: '2026-11-24T10:00:00Z',
    description: 'When the customer said so; defaults to now',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;
}
