import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { InstructionRef } from '@ledger/projections/instructions';
import type { ReadStore } from '@ledger/read-store';
import { HourlySweep } from '../../common/hourly-sweep';
import { CLOCK, type Clock, READ_STORE } from '../../infrastructure/tokens';
import { InstructionTimeouts } from './instruction-timeouts';

/** Records InstructionAborted (timed-out) for instructions past their confirmBy, at start and every hour. */
@Injectable()
export class InstructionTimeoutSweep extends HourlySweep<InstructionRef> {
  private readonly timeouts: InstructionTimeouts;

  constructor(
    @Inject(READ_STORE) reads: ReadStore,
    @Inject(CLOCK) private readonly clock: Clock,
    bus: CommandBus,
  ) {
    super('instruction timeout sweep');
    this.timeouts = new InstructionTimeouts(reads, (decision) => bus.execute(decision));
  }

  protected run(): Promise<InstructionRef[]> {
    return this.timeouts.abortDue(this.clock.now());
  }

  protected describe({ instructionId }: InstructionRef): string {
    return `instruction ${instructionId} timed out`;
  }
}
