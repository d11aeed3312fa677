import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { CustomerIdParams } from '../../common/customer-id.params';
import { MoneyDto } from '../../common/money.dto';

const REFERENCE = /^[A-Za-z0-9._:/-]{1,128}$/;

export class LodgeSealSpecimenDto {
  @ApiProperty({
    example: 'DMS-SEAL-2026-0042',
    description: 'where the scanned specimen is kept (the document system); never the image',
  })
  @Matches(REFERENCE, { message: 'specimenRef must be 1-128 letters, digits or . _ : / -' })
  specimenRef!: string;

  @ApiPropertyOptional({ example: '2026-11-24T09:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  lodgedAt?: string;
}

export class LodgePhoneAuthorisationDto {
  @ApiProperty({
    example: ['Zhang Wei', 'Liu Fang'],
    description: 'who may instruct by phone (personal data)',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  authorisedCallers!: string[];

  @ApiProperty({ example: '2027-11-24T00:00:00Z' })
  @IsISO8601({ strict: true })
  validUntil!: string;

  @ApiPropertyOptional({ example: '2026-11-24T09:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  lodgedAt?: string;
}

export class GrantCreditFacilityDto {
  @ApiPropertyOptional({ example: 'CF-2026-001', description: 'generated when absent' })
  @IsOptional()
  @Matches(REFERENCE, { message: 'facilityId must be 1-128 letters, digits or . _ : / -' })
  facilityId?: string;

  @ApiProperty({ type: MoneyDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  limit!: MoneyDto;

  @ApiProperty({ example: '2027-11-24T00:00:00Z' })
  @IsISO8601({ strict: true })
  validUntil!: string;

  @ApiPropertyOptional({ example: '2026-11-24T09:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  grantedAt?: string;
}

export class ChangeCreditFacilityDto {
  @ApiPropertyOptional({ type: MoneyDto, description: 'the new limit; unchanged when absent' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  limit?: MoneyDto;

  @ApiPropertyOptional({
    example: '2027-11-24T00:00:00Z',
    description: 'the new term; unchanged when absent',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  validUntil?: string;

  @ApiProperty({ example: 'annual credit review' })
  @IsString()
  @Length(1, 500)
  reason!: string;

  @ApiPropertyOptional({ example: '2026-11-24T09:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  changedAt?: string;
}

export class CreditFacilityParams extends CustomerIdParams {
  @ApiProperty({ example: 'CF-2026-001' })
  @Matches(REFERENCE, { message: 'facilityId must be 1-128 letters, digits or . _ : / -' })
  facilityId!: string;
}
