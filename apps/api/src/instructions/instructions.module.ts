import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CatalogTerms } from '../customers/subscribing-product/catalog-terms';
import { InstructionStepsController } from './checking-instruction/instruction-steps.controller';
import { ConfirmationExecution } from './confirming-instruction/confirmation-execution';
import { ConfirmInstructionController } from './confirming-instruction/confirm-instruction.controller';
import { InstructionFactsLoader } from './instruction-facts';
import { InstructionReads } from './instruction.reads';
import { InstructionsController } from './instructions.controller';
import { ReceiveInstructionController } from './receiving-instruction/receive-instruction.controller';
import { InstructionTimeoutSweep } from './timing-out/instruction-timeout-sweep';

/** Client instructions: seed 000's dealing flowchart, its read routes and KPIs (issue 18, ADR 0029). */
@Module({
  imports: [CqrsModule],
  controllers: [
    ReceiveInstructionController,
    InstructionStepsController,
    ConfirmInstructionController,
    InstructionsController,
  ],
  providers: [
    InstructionFactsLoader,
    InstructionReads,
    ConfirmationExecution,
    CatalogTerms,
    InstructionTimeoutSweep,
  ],
})
export class InstructionsModule {}
