import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

export class EscalationsQuery {
  @ApiPropertyOptional({
    example: 'branch-sh-pudong',
    description: "defaults to a branch head's own branch; an admin names one",
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  branchId?: string;

  @ApiPropertyOptional({ example: '2026-11-24', description: 'defaults to today' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be like 2026-11-24' })
  date?: string;

  @ApiPropertyOptional({ example: '1234' })
  @IsOptional()
  @Matches(/^\d+(:\d+)?$/, { message: 'minPosition must be a position token' })
  minPosition?: string;
}
