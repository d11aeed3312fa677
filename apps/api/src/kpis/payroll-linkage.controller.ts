import { Controller, ForbiddenException, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type PayrollLinkage, payrollLinkage } from '@ledger/projections/related-parties';
import type { ReadStore } from '@ledger/read-store';
import { CurrentCaller } from '../auth/caller.decorator';
import { Admits, type Caller } from '../auth/roles';
import { branchOf, NarrowedToScope } from '../auth/scope';
import { READ_STORE } from '../infrastructure/tokens';
import { ReadYourWrites } from '../queries/read-your-writes.pipe';
import { PayrollLinkageQuery } from './payroll-linkage.query-params';

@ApiTags('management')
@Controller('kpis')
export class PayrollLinkageController {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  @Get('payroll-linkage')
  @NarrowedToScope()
  @Admits('branch-head', 'committee-member', 'auditor', 'admin')
  @ApiOperation({
    summary:
      "公私联动 now: per corporate client (default) or branch, its payroll employees who are active retail customers, the share holding at least one active product (penetration) and their average product count (ADR 0027). A branch head reads only its branch's",
  })
  async linkage(
    @QueryParams(ReadYourWrites) query: PayrollLinkageQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<{ items: PayrollLinkage[] }> {
    const branchId = caller.actingRole === 'branch-head' ? ownBranch(caller, query.branchId) : query.branchId;
    return { items: await payrollLinkage(this.reads, query.groupBy ?? 'corporate', branchId) };
  }
}

function ownBranch(caller: Caller, asked: string | undefined): string {
  const branchId = branchOf(caller);
  if (asked !== undefined && asked !== branchId)
    throw new ForbiddenException(`branchId: a branch head reads only its branch's figures (${branchId})`);
  return branchId;
}
