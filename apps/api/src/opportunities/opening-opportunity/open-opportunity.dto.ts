import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { OPPORTUNITY_SOURCES, type OpportunitySource } from '@ledger/domain';
import { MoneyDto } from '../../common/money.dto';
import { OPPORTUNITY_ID_EXAMPLE } from '../opportunity-id.params';

export class OpenOpportunityDto {
  @ApiPropertyOptional({ example: OPPORTUNITY_ID_EXAMPLE, description: 'generated when absent' })
  @IsOptional()
  @IsUUID()
  opportunityId?: string;

  @ApiProperty({ example: '0b9c6a52-3f0e-4a8e-9d7e-5f1c2b3a4d5e' })
  @IsUUID()
  customerId!: string;

  @ApiPropertyOptional({ example: 'WM-115D-5.1', description: 'the product in view, if one is' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  productCode?: string;

  @ApiProperty({ enum: OPPORTUNITY_SOURCES, example: 'relationship-manager' })
  @IsIn(OPPORTUNITY_SOURCES)
  source!: OpportunitySource;

  @ApiPropertyOptional({
    example: '5a6b7c8d-1e2f-4a3b-9c4d-5e6f7a8b9c0d',
    description: 'required exactly when source is campaign (422 OPPORTUNITY_CAMPAIGN_MISMATCH otherwise)',
  })
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @ApiProperty({ type: MoneyDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  expectedAmount!: MoneyDto;

  @ApiPropertyOptional({
    example: 'rm-li',
    description: "the relationship manager whose pipeline holds it; default the customer's manager",
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  owner?: string;

  @ApiPropertyOptional({ example: '2026-11-24T09:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  openedAt?: string;
}
