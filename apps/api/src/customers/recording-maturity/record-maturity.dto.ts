import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsISO8601, IsOptional, ValidateNested } from 'class-validator';
import { IsHoldingId } from '../../common/holding-id';
import { MoneyDto } from '../../common/money.dto';

export class RecordMaturityDto {
  @ApiPropertyOptional({ example: '2027-11-24T09:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  maturedAt?: string;

  @ApiProperty({ type: MoneyDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  proceeds!: MoneyDto;

  @ApiPropertyOptional({
    example: 'TD-2027-000456',
    description: 'holding the proceeds were rolled over into',
  })
  @IsOptional()
  @IsHoldingId()
  rolledOverInto?: string;
}
