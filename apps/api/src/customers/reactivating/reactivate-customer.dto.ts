import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class ReactivateCustomerDto {
  @ApiProperty({ example: 'returned after the win-back call; opens a wealth product' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}
