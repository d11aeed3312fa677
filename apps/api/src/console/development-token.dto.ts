import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ROLES, type Role } from '../auth/roles';

export class DevelopmentTokenDto {
  @ApiProperty({ enum: ROLES, example: 'auditor' })
  @IsIn(ROLES)
  role!: Role;

  @ApiProperty({ example: 'auditor-sun', description: "the token's subject: the actor recorded in events" })
  @IsString()
  @Length(1, 64)
  @Matches(/^[A-Za-z0-9._-]+$/, { message: 'sub must be letters, digits, dots, dashes or underscores' })
  sub!: string;

  @ApiPropertyOptional({ example: 'branch-hz', description: 'required for a branch-head' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  branchId?: string;
}

export class DevelopmentTokenResponse {
  @ApiProperty({ description: 'an HS256 bearer token, valid 8 h' })
  token!: string;
}
