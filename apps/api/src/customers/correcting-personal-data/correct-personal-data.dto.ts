import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';

/** Seed 003 更正: at least one of name, idNumber, birthDate, and why (the document checked). */
export class CorrectPersonalDataDto {
  @ApiPropertyOptional({ example: '王方' })
  @ValidateIf((body: CorrectPersonalDataDto) => body.name !== undefined || !anyCorrection(body))
  @IsString({ message: 'name, idNumber or birthDate: at least one must be corrected' })
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ example: '110101199003071235', description: 'the number follows in the register' })
  @IsOptional()
  @Matches(/^[0-9A-Za-z-]{6,32}$/, { message: 'idNumber must be 6-32 letters, digits or dashes' })
  idNumber?: string;

  @ApiPropertyOptional({ example: '1990-03-08' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'birthDate must be a date like 1990-03-07' })
  birthDate?: string;

  @ApiProperty({ example: 'resident id card checked at the counter: the birth date was mistyped' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}

function anyCorrection(body: CorrectPersonalDataDto): boolean {
  return body.name !== undefined || body.idNumber !== undefined || body.birthDate !== undefined;
}
