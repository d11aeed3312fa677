import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsObject, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { MoneyDto } from '../../common/money.dto';
import { IsTargetRule } from '../../common/target-rule.validator';

export class CampaignWindowDto {
  @ApiProperty({ example: '2026-12-01T00:00:00Z' })
  @IsISO8601({ strict: true })
  from!: string;

  @ApiProperty({ example: '2027-01-01T00:00:00Z', description: 'exclusive' })
  @IsISO8601({ strict: true })
  to!: string;
}

export class PlanCampaignDto {
  @ApiPropertyOptional({ description: 'chosen by the caller; a new UUID when absent' })
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @ApiProperty({ example: 'Year-end 12-month time deposit' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ example: 'TD-12M', description: 'subscriptions of this product convert' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  productCode?: string;

  @ApiProperty({
    description: 'the target rule (README "Campaign target rules"): { "all": [ { "field": …, … } ] }',
    example: {
      all: [
        { field: 'segment', in: ['retail'] },
        { field: 'assets', min: 50000000 },
        { field: 'holdingTypes', any: ['time-deposit'] },
      ],
    },
    type: 'object',
    additionalProperties: true,
  })
  @IsObject()
  @IsTargetRule()
  targetRule!: Record<string, unknown>;

  @ApiProperty({ type: CampaignWindowDto })
  @ValidateNested()
  @Type(() => CampaignWindowDto)
  window!: CampaignWindowDto;

  @ApiProperty({ type: MoneyDto })
  @ValidateNested()
  @Type(() => MoneyDto)
  budget!: MoneyDto;
}
