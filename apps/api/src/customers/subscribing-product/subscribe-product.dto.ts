import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsISO8601, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { PRODUCT_TYPES } from '@ledger/domain';
import { HOLDING_ID_EXAMPLE, IsHoldingId } from '../../common/holding-id';
import { MoneyDto } from '../../common/money.dto';

export class SubscribeProductDto {
  @ApiPropertyOptional({
    example: HOLDING_ID_EXAMPLE,
    description: "the bank's contract or account number; a UUID is generated when absent",
  })
  @IsOptional()
  @IsHoldingId()
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
