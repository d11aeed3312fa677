import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class ErasePersonalDataDto {
  @ApiProperty({ example: 'customer request under PIPL art. 47' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}
