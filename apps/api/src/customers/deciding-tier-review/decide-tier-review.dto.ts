import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { TIERS } from '@ledger/domain';

export class DecideTierReviewDto {
  @ApiProperty({ enum: ['approve', 'reject'], example: 'approve' })
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @ApiPropertyOptional({ enum: TIERS, example: 'STRATEGIC', description: 'defaults to the proposed tier' })
  @IsOptional()
  @IsIn(TIERS)
  decidedTier?: (typeof TIERS)[number];

  @ApiProperty({
    example: ['committee-chen', 'committee-zhao'],
    description: 'at least two members to change a tier',
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  committee!: string[];

  @ApiProperty({ example: 'meets the strategic criteria; government relations confirmed' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
