import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { SPECIAL_BACKGROUNDS, TIERS } from '@ledger/domain';

/** Every tier of both schemes; decide checks that it belongs to the customer's segment. */

export class OpenTierReviewDto {
  @ApiPropertyOptional({
    example: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
    description: 'generated when absent',
  })
  @IsOptional()
  @IsUUID()
  reviewId?: string;

  @ApiPropertyOptional({ enum: SPECIAL_BACKGROUNDS, example: 'government-or-monopoly' })
  @IsOptional()
  @IsIn(SPECIAL_BACKGROUNDS)
  specialBackground?: (typeof SPECIAL_BACKGROUNDS)[number];

  @ApiPropertyOptional({ enum: TIERS, example: 'STRATEGIC' })
  @IsOptional()
  @IsIn(TIERS)
  proposedTier?: (typeof TIERS)[number];

  @ApiProperty({ example: 'contribution grew 20% with three departments engaged' })
  @IsString()
  @Length(1, 2000)
  rationale!: string;
}
