import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsNumber, Max, Min, ValidateNested } from 'class-validator';
import { MoneyDto } from '../../common/money.dto';

export class RecordContributionDto {
  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(1900)
  @Max(2200)
  year!: number;

  @ApiProperty({ type: MoneyDto, example: { amount: '12000000.00', currency: 'CNY' } })
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  contribution!: MoneyDto;

  @ApiProperty({ example: 3, description: 'count of the bank departments engaged' })
  @IsInt()
  @Min(1)
  @Max(1000)
  departmentsEngaged!: number;

  @ApiProperty({ example: 0.2, description: 'annual contribution growth as a fraction (0.2 = 20%)' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-1)
  @Max(100)
  growthRate!: number;
}
