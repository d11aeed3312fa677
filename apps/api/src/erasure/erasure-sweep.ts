import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { EventStore } from '@ledger/event-store';
import type { KeyStore } from '@ledger/personal-data';
import { HourlySweep } from '../common/hourly-sweep';
import { CLOCK, type Clock, KEY_STORE, SEALED_EVENT_STORE } from '../infrastructure/tokens';
import { type ExecutedErasure, Erasures } from './erasures';

/** Executes due erasures at start and every hour, and at once for a request already due. */
@Injectable()
export class ErasureSweep extends HourlySweep<ExecutedErasure> {
  private readonly erasures: Erasures;

  constructor(
    @Inject(SEALED_EVENT_STORE) store: EventStore,
    @Inject(KEY_STORE) keys: KeyStore,
    @Inject(CLOCK) private readonly clock: Clock,
    bus: CommandBus,
  ) {
    super('erasure sweep');
    this.erasures = new Erasures(store, keys, (decision) => bus.execute(decision));
  }

  /** Past the retention period already: the key is destroyed now rather than at the next sweep. */
  executeIfDue(customerId: string): Promise<boolean> {
    return this.erasures.executeIfDue(customerId, this.clock.now());
  }

  protected run(): Promise<ExecutedErasure[]> {
    return this.erasures.executeDue(this.clock.now());
  }

  protected describe(erasure: ExecutedErasure): string {
    return `personal data of customer ${erasure.customerId} erased`;
  }
}
