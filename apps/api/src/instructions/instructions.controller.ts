import { Controller, Get, NotFoundException, Param, Query as QueryParams } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { InstructionKpis, InstructionView } from '@ledger/projections/instructions';
import { CurrentCaller } from '../auth/caller.decorator';
import { Admits, type Caller } from '../auth/roles';
import { NarrowedToScope } from '../auth/scope';
import type { Page } from '../common/page.query';
import { ConsistencyQuery } from '../queries/query-params';
import { ReadYourWrites } from '../queries/read-your-writes.pipe';
import { InstructionIdParams } from './instruction-id.params';
import { InstructionKpisQuery, ListInstructionsQuery } from './instruction-queries';
import { instructionScopeOf } from './instruction-scope';
import { InstructionReads } from './instruction.reads';

const READERS = [
  'wealth-specialist',
  'credit-officer',
  'relationship-manager',
  'branch-head',
  'auditor',
  'admin',
] as const;

@ApiTags('instructions')
@Controller('instructions')
export class InstructionsController {
  constructor(private readonly instructions: InstructionReads) {}

  @Get()
  @NarrowedToScope()
  @Admits(...READERS)
  @ApiOperation({
    summary:
      "Client instructions, oldest first, paged; ?step= lists the open ones waiting for a step. A relationship manager reads its customers', a branch head its branch's",
  })
  list(
    @QueryParams(ReadYourWrites)
    { minPosition: _minPosition, relationshipManagerId, branchId, ...filters }: ListInstructionsQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<Page<InstructionView>> {
    return this.instructions.list({
      ...filters,
      ...instructionScopeOf(caller, { relationshipManagerId, branchId }),
    });
  }

  // Declared before ':id', so "kpis" is never read as an instruction id.
  @Get('kpis')
  @NarrowedToScope()
  @Admits(...READERS)
  @ApiOperation({
    summary:
      'Instruction KPIs of those received in [from, to): open by step, confirmed vs aborted by reason, median hours to confirmation, mean minutes per step, credit approvals by officer, the SLA (confirmed by confirmBy vs timed out)',
  })
  kpis(
    @QueryParams(ReadYourWrites) { from, to, relationshipManagerId, branchId }: InstructionKpisQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<InstructionKpis> {
    return this.instructions.kpis(instructionScopeOf(caller, { relationshipManagerId, branchId }), {
      from,
      to,
    });
  }

  @Get(':id')
  @Admits(...READERS)
  @ApiOperation({
    summary:
      "One instruction with every check so far: which step, its event, who and when (404 outside the caller's scope)",
  })
  async one(
    @Param() { id }: InstructionIdParams,
    @QueryParams(ReadYourWrites) _consistency: ConsistencyQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<InstructionView> {
    const view = await this.instructions.one(id, instructionScopeOf(caller, {}));
    if (view === null) throw new NotFoundException(`instruction ${id} does not exist`);
    return view;
  }
}
