import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { TIERS } from '@ledger/domain';
import { ConsistencyQuery } from './query-params';

export class TierAuditQuery extends ConsistencyQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiPropertyOptional({ example: '2026-01-01T00:00:00Z', description: 'effectiveAt from (inclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31T23:59:59Z', description: 'effectiveAt to (inclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ enum: ['upgrade', 'downgrade', 'unchanged'] })
  @IsOptional()
  @IsIn(['upgrade', 'downgrade', 'unchanged'])
  direction?: 'upgrade' | 'downgrade' | 'unchanged';

  @ApiPropertyOptional({ enum: TIERS })
  @IsOptional()
  @IsIn(TIERS)
  toTier?: (typeof TIERS)[number];

  @ApiPropertyOptional({ example: 'committee-chen' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  committeeMember?: string;

  @ApiPropertyOptional({ enum: ['retail', 'corporate'], description: 'the tier scheme that decided' })
  @IsOptional()
  @IsIn(['retail', 'corporate'])
  segment?: 'retail' | 'corporate';

  @ApiPropertyOptional({ enum: TIERS })
  @IsOptional()
  @IsIn(TIERS)
  fromTier?: (typeof TIERS)[number];

  @ApiPropertyOptional({ example: true, description: 'the decided tier differs from the computed one' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  override?: boolean;

  @ApiPropertyOptional({ example: 'committee-zhao', description: 'the member whose vote closed the review' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  decidedBy?: string;
}

export class TierReviewQuery extends ConsistencyQuery {
  @ApiPropertyOptional({ enum: ['open', 'approved', 'rejected', 'expired'], example: 'open' })
  @IsOptional()
  @IsIn(['open', 'approved', 'rejected', 'expired'])
  status?: 'open' | 'approved' | 'rejected' | 'expired';

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  customerId?: string;
}
