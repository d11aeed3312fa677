import { Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Position } from '@ledger/event-store';
import { ProjectionRuntime, type ProjectionStatus } from '@ledger/projection-runtime';
import type { LedgerStores } from '@ledger/stores';
import { ALL_PROJECTIONS } from '@ledger/projections/index';
import type { Clock } from './tokens';

/** Longest a query may wait for its ?minPosition= (read-your-own-writes). */
export const MAX_POSITION_WAIT_MS = 5_000;

/**
 * In the embedded mode the projections run inside the api process; in production apps/projector
 * runs them and this host only reports. Projections read the decrypting log, as the app does.
 */
export class ProjectionsHost implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');
  readonly runtime: ProjectionRuntime;

  constructor(
    private readonly stores: LedgerStores,
    clock: Clock,
  ) {
    this.runtime = new ProjectionRuntime({
      eventStore: stores.events,
      readStore: stores.reads,
      projections: ALL_PROJECTIONS,
      clock: () => clock.now(),
      onError: (error) => this.logger.error(error instanceof Error ? error.stack : String(error)),
    });
  }

  get runsHere(): boolean {
    return this.stores.mode === 'embedded';
  }

  async onModuleInit(): Promise<void> {
    if (this.runsHere) await this.runtime.start();
  }

  /** Projections stop (and flush) before the stores they write to close. */
  async onApplicationShutdown(): Promise<void> {
    if (this.runsHere) await this.runtime.stop();
    await this.stores.close();
  }

  async waitForPosition(position: Position, timeoutMs = MAX_POSITION_WAIT_MS): Promise<void> {
    if (this.runsHere) await this.runtime.waitForPosition(position, { timeoutMs });
  }

  status(): Promise<ProjectionStatus[]> {
    return this.runtime.status();
  }
}
