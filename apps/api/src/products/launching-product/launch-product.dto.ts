import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsTargetRule } from '../../common/target-rule.validator';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  type JsonObject,
  PRODUCT_RISK_LEVELS,
  PRODUCT_TYPES,
  type ProductRiskLevel,
  type ProductType,
} from '@ledger/domain';
import { MoneyDto } from '../../common/money.dto';
import { PRODUCT_CODE_PATTERN } from '../product-code.params';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class LaunchProductDto {
  @ApiProperty({
    example: 'WM-2026-001',
    description: 'the bank product code; names the stream product-<code>',
  })
  @Matches(PRODUCT_CODE_PATTERN, { message: "code must be 1-64 letters, digits, '.', '_' or '-'" })
  code!: string;

  @ApiProperty({ example: '稳健一年期理财' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ enum: PRODUCT_TYPES, example: 'wealth' })
  @IsIn(PRODUCT_TYPES)
  type!: ProductType;

  @ApiProperty({ enum: PRODUCT_RISK_LEVELS, example: 'PR2' })
  @IsIn(PRODUCT_RISK_LEVELS)
  riskLevel!: ProductRiskLevel;

  @ApiProperty({ example: 'CNY' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code like "CNY"' })
  currency!: string;

  @ApiProperty({
    type: MoneyDto,
    description: 'the least principal of a subscription, in the product currency',
  })
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  minimumAmount!: MoneyDto;

  @ApiProperty({ example: '2026-11-10', description: 'first day of the sale (inclusive)' })
  @Matches(DAY, { message: 'saleOpensOn must be a day YYYY-MM-DD' })
  saleOpensOn!: string;

  @ApiProperty({ example: '2026-11-20', description: 'last day of the sale (inclusive)' })
  @Matches(DAY, { message: 'saleClosesOn must be a day YYYY-MM-DD' })
  saleClosesOn!: string;

  @ApiPropertyOptional({ example: 12, description: 'months' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  term?: number;

  @ApiPropertyOptional({ example: 0.032, description: 'annualised fraction, as advertised' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-1)
  @Max(10)
  expectedReturn?: number;

  @ApiPropertyOptional({
    example: {
      all: [
        { field: 'tier', in: ['WEALTH', 'PRIVATE'] },
        { field: 'riskLevel', min: 'C3' },
      ],
    },
    description:
      'who the launch calls go to, in the target-rule language of campaigns (README "Campaign target rules"); absent: every suitable customer',
    type: 'object',
    additionalProperties: true,
  })
  @IsOptional()
  @IsObject()
  @IsTargetRule()
  targetRule?: JsonObject;
}
