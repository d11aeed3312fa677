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
import { PRODUCT_TYPES } from '@ledger/domain';
import { MoneyDto } from '../../common/money.dto';

export class SubscribeProductDto {
  @ApiPropertyOptional({
    example: '7d3f9a10-1c2b-4d5e-8f90-a1b2c3d4e5f6',
    description: 'generated when absent',
  })
  @IsOptional()
  @IsUUID()
  holdingId?: string;

  @ApiProperty({ example: 'TD-12M-CNY' })
  @IsString()
  @Length(1, 64)
  productCode!: string;

  @ApiProperty({ enum: PRODUCT_TYPES, example: 'time-deposit' })
  @IsIn(PRODUCT_TYPES)
  productType!: (typeof PRODUCT_TYPES)[number];

  @ApiProperty({ type: MoneyDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  principal!: MoneyDto;

  @ApiPropertyOptional({ example: '2026-11-24T09:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  openedAt?: string;

  @ApiPropertyOptional({ example: '2027-11-24' })
  @IsOptional()
  @IsISO8601({ strict: true })
  maturityDate?: string;
}
