import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
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
