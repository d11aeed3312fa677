import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { EventStore } from '@ledger/event-store';
import type { KeyStore } from '@ledger/personal-data';
import { CLOCK, type Clock, KEY_STORE, SEALED_EVENT_STORE } from '../infrastructure/tokens';
import { type ExecutedErasure, Erasures } from './erasures';

/** How often due erasures are executed (retention periods end on a day, not a minute). */
export const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/** Executes due erasures at start and every hour, and at once for a request already due. */
@Injectable()
export class ErasureSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ErasureSweep');
  private readonly erasures: Erasures;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(SEALED_EVENT_STORE) store: EventStore,
    @Inject(KEY_STORE) keys: KeyStore,
    @Inject(CLOCK) private readonly clock: Clock,
    bus: CommandBus,
  ) {
    this.erasures = new Erasures(store, keys, (decision) => bus.execute(decision));
  }

  onApplicationBootstrap(): void {
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Past the retention period already: the key is destroyed now rather than at the next sweep. */
  executeIfDue(customerId: string): Promise<boolean> {
    return this.erasures.executeIfDue(customerId, this.clock.now());
  }

  async sweep(): Promise<ExecutedErasure[]> {
    try {
      const executed = await this.erasures.executeDue(this.clock.now());
      for (const erasure of executed)
        this.logger.log(`personal data of customer ${erasure.customerId} erased`);
      return executed;
    } catch (error) {
      this.logger.error(`erasure sweep failed: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  }
}
