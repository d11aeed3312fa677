import { Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { comparePositions, type Position } from '@ledger/event-store';
import {
  PositionNotReached,
  type Projection,
  ProjectionRuntime,
  type ProjectionStatus,
  readProjectionStatus,
  requestRebuilds,
  UnknownProjection,
} from '@ledger/projection-runtime';
import type { DomainPolicies } from '@ledger/domain';
import type { LedgerStores } from '@ledger/stores';
import { allProjections } from '@ledger/projections/index';
import { allProjectionsSource } from '@ledger/projections/fold-source';
import type { Clock } from './tokens';

/** Longest a query may wait for its ?minPosition= (read-your-own-writes). */
export const MAX_POSITION_WAIT_MS = 5_000;
const PRODUCTION_POLL_MS = 50;

/**
 * In the embedded mode the projections run inside the api process; in production apps/projector
 * runs them and this host only reports. Projections read the decrypting log, as the app does.
 */
export class ProjectionsHost implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');
  readonly runtime: ProjectionRuntime;
  private readonly projections: readonly Projection[];

  constructor(
    private readonly stores: LedgerStores,
    private readonly clock: Clock,
    policies: DomainPolicies,
    /** PROJECTION_FOLD_WORKERS: worker threads folding a rebuild's stream pass (ADR 0032). */
    foldWorkers = 0,
  ) {
    // The read models' keys are computed under the configured set the commands decide by.
    this.projections = allProjections(policies);
    this.runtime = new ProjectionRuntime({
      eventStore: stores.events,
      readStore: stores.reads,
      projections: this.projections,
      clock: () => clock.now(),
      onError: (error) => this.logger.error(error instanceof Error ? error.stack : String(error)),
      ...(foldWorkers > 0 && { foldWorkers: { count: foldWorkers, source: allProjectionsSource(policies) } }),
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
    if (this.runsHere) return this.runtime.waitForPosition(position, { timeoutMs });
    // apps/projector commits elsewhere: watch the stored checkpoints, briefly and boundedly.
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const behind = (await this.status()).filter(
        (status) => status.position === null || comparePositions(status.position, position) < 0,
      );
      if (behind.length === 0) return;
      if (Date.now() >= deadline)
        throw new PositionNotReached(
          position,
          timeoutMs,
          behind.map((status) => status.name),
        );
      await new Promise((resolve) => setTimeout(resolve, PRODUCTION_POLL_MS));
    }
  }

  /** The projections by name (all by default): their names, or UnknownProjection. */
  names(names?: readonly string[]): string[] {
    const known = this.projections.map((projection) => projection.name);
    const unknown = names?.find((name) => !known.includes(name));
    if (unknown !== undefined) throw new UnknownProjection(unknown);
    return names === undefined ? known : [...names];
  }

  /**
   * Blue/green rebuilds: here, in one pass; where apps/projector owns the builds, as a request it
   * takes within a second (the status then shows them rebuilding).
   */
  async rebuild(names?: readonly string[]): Promise<string[]> {
    const chosen = this.names(names);
    if (this.runsHere) return this.runtime.rebuildAll(chosen);
    await requestRebuilds(this.stores.reads, chosen, this.clock.now());
    return chosen;
  }

  status(): Promise<ProjectionStatus[]> {
    if (this.runsHere) return this.runtime.status();
    return readProjectionStatus(this.stores.events, this.stores.reads, this.projections, this.clock.now());
  }
}
