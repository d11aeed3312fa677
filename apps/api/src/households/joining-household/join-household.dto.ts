import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { HOUSEHOLD_ROLES, type HouseholdRole } from '@ledger/domain';

export class JoinHouseholdDto {
  @ApiProperty({ example: '0b9c6a52-3f0e-4a8e-9d7e-5f1c2b3a4d5e' })
  @IsUUID()
  customerId!: string;

  @ApiProperty({ enum: HOUSEHOLD_ROLES, example: 'spouse' })
  @IsIn(HOUSEHOLD_ROLES)
  role!: HouseholdRole;

  @ApiPropertyOptional({ example: '2026-12-07T09:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  joinedAt?: string;
}
