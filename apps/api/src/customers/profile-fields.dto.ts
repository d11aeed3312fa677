import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
} from 'class-validator';
import { CONTACT_CHANNELS, EDUCATION_LEVELS, GENDERS, RISK_PROFILES } from '@ledger/domain';

/**
 * Seed 001's basic, financial and special information the 360 keeps (issue 17), all optional:
 * given at onboarding, changed on the profile. Gender, education and address are encrypted.
 */
export class ProfileFieldsDto {
  @ApiPropertyOptional({ enum: GENDERS, example: 'female' })
  @IsOptional()
  @IsIn(GENDERS)
  gender?: (typeof GENDERS)[number];

  @ApiPropertyOptional({ enum: EDUCATION_LEVELS, example: 'bachelor' })
  @IsOptional()
  @IsIn(EDUCATION_LEVELS)
  education?: (typeof EDUCATION_LEVELS)[number];

  @ApiPropertyOptional({
    example: '上海市浦东新区世纪大道100号',
    description: 'the residential address (常住地址)',
  })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  address?: string;

  @ApiPropertyOptional({
    example: 0.04,
    description: 'the annual return the customer expects, a fraction (0.04 = 4%)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  expectedReturn?: number;

  @ApiPropertyOptional({ enum: RISK_PROFILES, example: 'balanced' })
  @IsOptional()
  @IsIn(RISK_PROFILES)
  riskProfile?: (typeof RISK_PROFILES)[number];

  @ApiPropertyOptional({ enum: CONTACT_CHANNELS, example: 'wechat' })
  @IsOptional()
  @IsIn(CONTACT_CHANNELS)
  preferredChannel?: (typeof CONTACT_CHANNELS)[number];

  @ApiPropertyOptional({ example: ['golf', 'classical music'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  interests?: string[];
}
