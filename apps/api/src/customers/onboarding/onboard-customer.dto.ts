import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  IsEmail,
} from 'class-validator';

import { ProfileFieldsDto } from '../profile-fields.dto';

export class OnboardCustomerDto extends ProfileFieldsDto {
  @ApiPropertyOptional({
    example: '0b9c6a52-3f0e-4a8e-9d7e-5f1c2b3a4d5e',
    description: 'generated when absent',
  })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiProperty({ enum: ['retail', 'corporate'], example: 'retail' })
  @IsIn(['retail', 'corporate'])
  segment!: 'retail' | 'corporate';

  @ApiProperty({ example: '王芳' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: '110101199003071234', description: 'national id or business registration number' })
  @Matches(/^[0-9A-Za-z-]{6,32}$/, { message: 'idNumber must be 6-32 letters, digits or dashes' })
  idNumber!: string;

  @ApiProperty({ example: '+8613800138000' })
  @Matches(/^\+?[0-9 -]{6,20}$/, { message: 'phone must be 6-20 digits, optionally with + and spaces' })
  phone!: string;

  @ApiPropertyOptional({ example: 'wang.fang@example.com' })
  @IsOptional()
  @IsEmail()
  email?: string;

  @ApiPropertyOptional({ example: '1990-03-07' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'birthDate must be a date like 1990-03-07' })
  birthDate?: string;

  @ApiPropertyOptional({ example: 'engineer' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  occupation?: string;

  @ApiProperty({ example: 'branch-shanghai-01' })
  @IsString()
  @Length(1, 64)
  branchId!: string;

  @ApiProperty({ example: 'rm-li' })
  @IsString()
  @Length(1, 64)
  relationshipManagerId!: string;

  @ApiPropertyOptional({ example: '2026-11-24T09:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  onboardedAt?: string;

  @ApiPropertyOptional({
    example: true,
    description:
      'The marketing consent signed at account opening (default false); later changes go through /customers/:id/consents',
  })
  @IsOptional()
  @IsBoolean()
  marketingConsent?: boolean;

  @ApiPropertyOptional({
    example: true,
    description:
      'The profiling consent signed at account opening (default false): without it the customer carries no mining flags (ADR 0026)',
  })
  @IsOptional()
  @IsBoolean()
  profilingConsent?: boolean;
}
