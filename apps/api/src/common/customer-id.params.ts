import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class CustomerIdParams {
  @ApiProperty({ example: '0b9c6a52-3f0e-4a8e-9d7e-5f1c2b3a4d5e' })
  @IsUUID()
  id!: string;
}
