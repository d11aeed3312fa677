import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { BusinessDayQuery } from '../queries/query-params';

export class EscalationsQuery extends BusinessDayQuery {
  @ApiPropertyOptional({
    example: 'branch-sh-pudong',
    description: "defaults to a branch head's own branch; an admin names one",
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  branchId?: string;
}
