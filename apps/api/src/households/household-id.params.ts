import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export const HOUSEHOLD_ID_EXAMPLE = '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98';

export class HouseholdIdParams {
  @ApiProperty({ example: HOUSEHOLD_ID_EXAMPLE })
  @IsUUID()
  id!: string;
}

export class HouseholdMemberParams extends HouseholdIdParams {
  @ApiProperty({ example: '0b9c6a52-3f0e-4a8e-9d7e-5f1c2b3a4d5e' })
  @IsUUID()
  customerId!: string;
}
