import { Inject, Injectable } from '@nestjs/common';
import {
  getInstruction,
  instructionKpis,
  type InstructionKpis,
  type InstructionQuery,
  type InstructionScope,
  instructionsReceived,
  type InstructionView,
  listInstructions,
} from '@ledger/projections/instructions';
import type { ReadStore } from '@ledger/read-store';
import type { Page } from '../common/page.query';
import { READ_STORE } from '../infrastructure/tokens';

/** The instructions read model's queries, called directly (ADR 0012). */
@Injectable()
export class InstructionReads {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  list(query: InstructionQuery): Promise<Page<InstructionView>> {
    return listInstructions(this.reads, query);
  }

  one(instructionId: string, scope: InstructionScope): Promise<InstructionView | null> {
    return getInstruction(this.reads, instructionId, scope);
  }

  async kpis(scope: InstructionScope, period: { from?: string; to?: string }): Promise<InstructionKpis> {
    return instructionKpis(await instructionsReceived(this.reads, scope, period));
  }
}
