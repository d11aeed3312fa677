import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { CONTACT_CHANNELS, RISK_PROFILES } from '@ledger/domain';

export class UpdateProfileDto {
  @ApiPropertyOptional({ example: 'architect' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  occupation?: string;

  @ApiPropertyOptional({ example: '+8613900139000' })
  @IsOptional()
  @Matches(/^\+?[0-9 -]{6,20}$/, { message: 'phone must be 6-20 digits, optionally with + and spaces' })
  phone?: string;

  @ApiPropertyOptional({ example: 'wang.fang@example.com' })
  @IsOptional()
  @IsEmail()
  email?: string;

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
