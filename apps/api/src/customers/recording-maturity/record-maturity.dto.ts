import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsISO8601, IsOptional, IsUUID, ValidateNested } from 'class-validator';
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
    example: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
    description: 'holding the proceeds were rolled over into',
  })
  @IsOptional()
  @IsUUID()
  rolledOverInto?: string;
}
