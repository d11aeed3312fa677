import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsISO8601, IsOptional, ValidateNested } from 'class-validator';
import { MoneyDto } from '../../common/money.dto';

export class RevalueAssetsDto {
  @ApiProperty({ type: MoneyDto, example: { amount: '1250000.00', currency: 'CNY' } })
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  totalFinancialAssets!: MoneyDto;

  @ApiPropertyOptional({ example: '2026-11-24T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;
}
