import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { OPPORTUNITY_STAGES, type OpportunityStage } from '@ledger/domain';

export class AdvanceOpportunityDto {
  @ApiProperty({
    enum: OPPORTUNITY_STAGES,
    example: 'contacted',
    description: 'forward only; stages may be skipped (422 OPPORTUNITY_STAGE_NOT_FORWARD otherwise)',
  })
  @IsIn(OPPORTUNITY_STAGES)
  stage!: OpportunityStage;

  @ApiPropertyOptional({ example: '2026-11-25T10:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  advancedAt?: string;
}
