import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ProfileFieldsDto } from '../profile-fields.dto';

export class UpdateProfileDto extends ProfileFieldsDto {
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
}
