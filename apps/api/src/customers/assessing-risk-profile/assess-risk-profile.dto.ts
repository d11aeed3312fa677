import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNumber, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { CUSTOMER_RISK_LEVELS, type CustomerRiskLevel } from '@ledger/domain';

export class AssessRiskProfileDto {
  @ApiProperty({
    enum: CUSTOMER_RISK_LEVELS,
    example: 'C3',
    description: 'C1 (conservative) to C5 (aggressive)',
  })
  @IsIn(CUSTOMER_RISK_LEVELS)
  level!: CustomerRiskLevel;

  @ApiProperty({ example: 62, description: "the questionnaire's score" })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1000)
  score!: number;

  @ApiProperty({ example: 'RQ-2026-retail' })
  @IsString()
  @Length(1, 64)
  questionnaireVersion!: string;

  @ApiPropertyOptional({ example: '2026-11-24T09:00:00Z', description: 'defaults to now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  assessedAt?: string;
}
