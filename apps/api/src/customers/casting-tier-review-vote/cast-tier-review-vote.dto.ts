import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { TIERS } from '@ledger/domain';

/** The member is the caller's token subject: there is no field naming who votes. */
export class CastTierReviewVoteDto {
  @ApiProperty({ enum: ['approve', 'reject'], example: 'approve' })
  @IsIn(['approve', 'reject'])
  vote!: 'approve' | 'reject';

  @ApiPropertyOptional({
    enum: TIERS,
    example: 'STRATEGIC',
    description:
      'approvals only; defaults to the proposed tier. The review is approved when the quorum of approving votes name the same tier.',
  })
  @IsOptional()
  @IsIn(TIERS)
  tier?: (typeof TIERS)[number];

  @ApiProperty({ example: 'meets the strategic criteria; government relations confirmed' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
