import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PAYROLL_LINKAGE_GROUPS, type PayrollLinkageGroupBy } from '@ledger/projections/related-parties';

export class PayrollLinkageQuery {
  @ApiPropertyOptional({ enum: PAYROLL_LINKAGE_GROUPS, default: 'corporate' })
  @IsOptional()
  @IsIn(PAYROLL_LINKAGE_GROUPS)
  groupBy?: PayrollLinkageGroupBy;

  @ApiPropertyOptional({ example: 'b1', description: "only this branch's corporate clients" })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  branchId?: string;

  @ApiPropertyOptional({ example: '1234' })
  @IsOptional()
  @Matches(/^\d+(:\d+)?$/, { message: 'minPosition must be a position token' })
  minPosition?: string;
}
