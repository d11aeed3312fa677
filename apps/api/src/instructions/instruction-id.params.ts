import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export const INSTRUCTION_ID_EXAMPLE = '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b';

export class InstructionIdParams {
  @ApiProperty({ example: INSTRUCTION_ID_EXAMPLE })
  @IsUUID()
  id!: string;
}
