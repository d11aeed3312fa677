import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { EventStore } from '@ledger/event-store';
import { ErasureService, type ExecutedErasure, type KeyStore } from '@ledger/personal-data';
import { CLOCK, type Clock, KEY_STORE, SEALED_EVENT_STORE } from '../infrastructure/tokens';

/** How often due erasures are executed (retention periods end on a day, not a minute). */
export const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Executes erasure requests whose retention period has ended: at start, every hour, and right
 * after a request that is already due (a customer offboarded more than the retention period ago).
 * It appends to the sealed log: it never needs plaintext.
 */
@Injectable()
export class ErasureSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ErasureSweep');
  private readonly service: ErasureService;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(SEALED_EVENT_STORE) store: EventStore,
    @Inject(KEY_STORE) keys: KeyStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.service = new ErasureService(store, keys);
  }

  onApplicationBootstrap(): void {
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<ExecutedErasure[]> {
    try {
      const executed = await this.service.executeDueErasures(this.clock.now());
      for (const erasure of executed)
        this.logger.log(`personal data of customer ${erasure.customerId} erased`);
      return executed;
    } catch (error) {
      this.logger.error(`erasure sweep failed: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  }
}
