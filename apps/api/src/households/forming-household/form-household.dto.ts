import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { HOUSEHOLD_ID_EXAMPLE } from '../household-id.params';

export class FormHouseholdDto {
  @ApiPropertyOptional({ example: HOUSEHOLD_ID_EXAMPLE, description: 'generated when absent' })
  @IsOptional()
  @IsUUID()
  householdId?: string;

  @ApiProperty({ example: '王家' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: 'branch-shanghai-01' })
  @IsString()
  @Length(1, 64)
  branchId!: string;

  @ApiPropertyOptional({ example: '2026-12-07T09:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  formedAt?: string;
}
