import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';

export const RISK_PROFILES = ['conservative', 'moderate', 'balanced', 'growth', 'aggressive'] as const;
export const PREFERRED_CHANNELS = ['phone', 'sms', 'visit', 'email', 'wechat'] as const;

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

  @ApiPropertyOptional({ enum: PREFERRED_CHANNELS, example: 'wechat' })
  @IsOptional()
  @IsIn(PREFERRED_CHANNELS)
  preferredChannel?: (typeof PREFERRED_CHANNELS)[number];

  @ApiPropertyOptional({ example: ['golf', 'classical music'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  interests?: string[];
}
