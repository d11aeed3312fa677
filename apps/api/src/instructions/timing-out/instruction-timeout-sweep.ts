import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { ReadStore } from '@ledger/read-store';
import { HourlySweep } from '../../common/hourly-sweep';
import { CLOCK, type Clock, READ_STORE } from '../../infrastructure/tokens';
import { InstructionTimeouts, type TimedOut } from './instruction-timeouts';

/** Records InstructionAborted (timed-out) for instructions past their confirmBy, at start and every hour. */
@Injectable()
export class InstructionTimeoutSweep extends HourlySweep<TimedOut> {
  private readonly timeouts: InstructionTimeouts;

  constructor(
    @Inject(READ_STORE) reads: ReadStore,
    @Inject(CLOCK) private readonly clock: Clock,
    bus: CommandBus,
  ) {
    super('instruction timeout sweep');
    this.timeouts = new InstructionTimeouts(reads, (decision) => bus.execute(decision));
  }

  protected run(): Promise<TimedOut[]> {
    return this.timeouts.abortDue(this.clock.now());
  }

  protected describe({ instructionId }: TimedOut): string {
    return `instruction ${instructionId} timed out`;
  }
}
