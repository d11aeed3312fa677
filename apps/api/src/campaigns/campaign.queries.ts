import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PageQuery } from '../common/page.query';

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

const STATUSES = ['planned', 'launched', 'closed'] as const;

export class ListCampaignsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];

  @ApiPropertyOptional({
    example: '1234',
    description: 'position from a command response; waits up to 5 s for it',
  })
  @IsOptional()
  @Matches(/^\d+(:\d+)?$/, { message: 'minPosition must be a position token' })
  minPosition?: string;
}

export class CampaignReadQuery {
  @ApiPropertyOptional({
    example: '1234',
    description: 'position from a command response; waits up to 5 s for it',
  })
  @IsOptional()
  @Matches(/^\d+(:\d+)?$/, { message: 'minPosition must be a position token' })
  minPosition?: string;
}

export class CampaignTargetsQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'also fold the log up to the frozen position again and say whether the lists agree',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  recompute?: boolean;

  @ApiPropertyOptional({
    example: 'rm-li',
    description: "only this manager's customers (an RM: its own only)",
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  relationshipManagerId?: string;
}
