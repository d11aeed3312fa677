import { comparePositions, type EventStore, type Position } from '@ledger/event-store';
import type { ReadStore } from '@ledger/read-store';
import { buildPolicies } from './builds';
import { Conditions } from './conditions';
import { PositionNotReached, ProjectionRuntimeStopped, StreamNotParked, UnknownProjection } from './errors';
import { EventPump } from './event-pump';
import { lagOf } from './lag';
import type { Projection } from './projection';
import type { RetryOutcome, ProjectionRunner } from './projection-runner';
import { ProjectionSlot, type SlotContext } from './projection-slot';
import type { ProjectionState, ProjectionStatus } from './projection-status';
import { passStatus } from './stream-pass';
import { takeRebuildRequests } from './rebuild-requests';
import { FoldPool, type FoldWorkersOptions } from './fold-workers/fold-pool';

export interface ProjectionRuntimeOptions {
  eventStore: EventStore;
  readStore: ReadStore;
  projections: readonly Projection[];
  /** Events per commit while catching up (default 1000). */
  batchSize?: number;
  /** Longest wait before a partial batch is committed (default 50 ms): new events show up within about that. */
  flushIntervalMs?: number;
  /** While catching up: commit once a build's documents in memory take about this many bytes (default 32 MiB)… */
  catchUpCommitBytes?: number;
  /** …or this long after the last commit (default 30 s). */
  catchUpCommitMs?: number;
  /** Grace period before a swapped-out build is dropped (default 60 s). */
  retiredGraceMs?: number;
  /** First delay before resubscribing after a failure, doubling up to 30 s (default 1 s). */
  retryDelayMs?: number;
  clock?: () => Date;
  onError?: (error: unknown) => void;
  /**
   * How often to take the rebuilds another process asked for (requestRebuilds): set where this
   * runtime owns the builds and an api elsewhere takes the requests (apps/projector). Default: never.
   */
  rebuildRequestsEveryMs?: number;
  /**
   * Worker threads that fold stream passes (ADR 0032), and where they load the projections from.
   * Default none: on two cores they did not pay (measured in the ADR).
   */
  foldWorkers?: FoldWorkersOptions;
}

export interface WaitOptions {
  timeoutMs: number;
  /** One projection; default every projection. */
  projection?: string;
}

/** Runs projections against the event store and the read store; plain class, wrapped by the apps. */
export class ProjectionRuntime {
  private readonly slots = new Map<string, ProjectionSlot>();
  private readonly pumps = new Map<ProjectionRunner, EventPump>();
  private readonly conditions = new Conditions();
  private readonly context: SlotContext;
  private requestTimer: NodeJS.Timeout | undefined;
  private foldPool: FoldPool | undefined;

  constructor(private readonly options: ProjectionRuntimeOptions) {
    const names = options.projections.map((projection) => projection.name);
    const duplicate = names.find((name, index) => names.indexOf(name) !== index);
    if (duplicate !== undefined) throw new Error(`two projections are named "${duplicate}"`);
    this.context = {
      eventStore: options.eventStore,
      readStore: options.readStore,
      clock: options.clock ?? (() => new Date()),
      onCommitted: () => this.conditions.notify(),
      catchUpCommitBytes: options.catchUpCommitBytes ?? 32 * 1024 * 1024,
      catchUpCommitMs: options.catchUpCommitMs ?? 30_000,
      retiredGraceMs: options.retiredGraceMs ?? 60_000,
      onError: options.onError ?? ((error) => console.error('projection runtime:', error)),
      ...(options.foldWorkers !== undefined &&
        options.foldWorkers.count > 0 && {
          foldPool: () => this.workers(options.foldWorkers as FoldWorkersOptions),
        }),
    };
  }

  async start(): Promise<void> {
    for (const projection of this.options.projections) {
      this.slots.set(projection.name, await ProjectionSlot.open(projection, this.context));
    }
    const slots = [...this.slots.values()];
    // Live builds share one subscription; rebuilds from position 0 get their own so live ones stay live.
    this.startPump(slots.flatMap((slot) => (slot.live ? [slot.live] : [])));
    this.startPump(slots.flatMap((slot) => (slot.rebuild ? [slot.rebuild] : [])));
    const every = this.options.rebuildRequestsEveryMs;
    if (every !== undefined)
      this.requestTimer = setInterval(
        () => void this.applyRebuildRequests().catch(this.context.onError),
        every,
      );
  }

  /** Starts the rebuilds other processes asked for; returns the projections it started. */
  async applyRebuildRequests(): Promise<string[]> {
    const requested = await takeRebuildRequests(this.options.readStore);
    const known = requested.filter((name) => this.slots.has(name));
    if (known.length > 0) await this.rebuildAll(known);
    return known;
  }

  /** The fold workers, started on first use and again after one failed. */
  private workers(options: FoldWorkersOptions): FoldPool {
    if (this.foldPool === undefined || this.foldPool.broken) {
      void this.foldPool?.close();
      this.foldPool = new FoldPool(options);
    }
    return this.foldPool;
  }

  /** Ends every subscription after committing what it buffered. */
  async stop(): Promise<void> {
    clearInterval(this.requestTimer);
    await Promise.all([...new Set(this.pumps.values())].map((pump) => pump.stop()));
    this.pumps.clear();
    for (const slot of this.slots.values()) await slot.close();
    await this.foldPool?.close();
    this.foldPool = undefined;
    this.conditions.abandon(new ProjectionRuntimeStopped());
  }

  /** Rebuilds from position 0 into new collections, swapped in once caught up (see waitUntilLive). */
  async rebuild(name: string): Promise<void> {
    const runner = await this.slot(name).startRebuild();
    if (runner) this.startPump([runner]);
    this.conditions.notify();
  }

  /**
   * Rebuilds several projections (all by default) with one subscription between them, so the log is
   * read once rather than once per projection. Those already rebuilding go on as they are.
   */
  async rebuildAll(names: readonly string[] = [...this.slots.keys()]): Promise<string[]> {
    const slots = names.map((name) => this.slot(name));
    const runners: ProjectionRunner[] = [];
    for (const slot of slots) {
      const runner = await slot.startRebuild();
      if (runner) runners.push(runner);
    }
    if (runners.length > 0) this.startPump(runners);
    this.conditions.notify();
    return slots.map((slot) => slot.projection.name);
  }

  /** Re-applies a parked stream's events in order; it is unparked if they all apply. */
  async retry(name: string, stream: string): Promise<RetryOutcome> {
    const slot = this.slot(name);
    const runners = [slot.live, slot.rebuild].filter(
      (runner): runner is ProjectionRunner =>
        runner?.parked.some((parked) => parked.stream === stream) === true,
    );
    const outcomes = await Promise.all(runners.map((runner) => runner.retry(stream)));
    this.conditions.notify();
    const outcome = outcomes.find((candidate) => !candidate.unparked) ?? outcomes[0];
    if (!outcome) throw new StreamNotParked(name, stream);
    return outcome;
  }

  /** Resolves once every projection (or the named one) serves reads that include `position`. */
  async waitForPosition(position: Position, { timeoutMs, projection }: WaitOptions): Promise<void> {
    const names = projection === undefined ? [...this.slots.keys()] : [this.slot(projection).projection.name];
    const reached = (name: string): boolean => {
      const applied = this.slots.get(name)?.live?.position ?? null;
      return applied !== null && comparePositions(applied, position) >= 0;
    };
    const timedOut = () =>
      new PositionNotReached(
        position,
        timeoutMs,
        names.filter((name) => !reached(name)),
      );
    return this.conditions.until(() => names.every(reached), timeoutMs, timedOut);
  }

  /** Resolves once every projection (or the named one) is live: caught up, no rebuild pending. */
  async waitUntilLive({ timeoutMs, projection }: WaitOptions): Promise<void> {
    const slots = projection === undefined ? [...this.slots.values()] : [this.slot(projection)];
    const live = () => slots.every((slot) => stateOf(slot) === 'live');
    const timedOut = () => new Error(`projections not live after ${timeoutMs} ms`);
    return this.conditions.until(live, timeoutMs, timedOut);
  }

  async status(): Promise<ProjectionStatus[]> {
    const head = await this.options.eventStore.headPosition();
    const now = this.context.clock();
    const statuses: ProjectionStatus[] = [];
    for (const slot of this.slots.values()) {
      const runner = slot.rebuild ?? slot.live;
      if (!runner) continue;
      const lag = await lagOf(this.options.eventStore, runner.position, head, now);
      statuses.push({
        name: slot.projection.name,
        version: slot.projection.version,
        state: stateOf(slot),
        build: runner.id,
        servingBuild: slot.servingBuild,
        position: runner.position,
        head,
        lagEvents: lag.events,
        lagEventsExact: lag.exact,
        lagSeconds: lag.seconds,
        parked: runner.parked,
        ...buildPolicies(slot.projection, runner.build),
        streamPass: passStatus(runner.streamPass),
        error: this.pumps.get(runner)?.lastError ?? null,
      });
    }
    return statuses;
  }

  /**
   * One pump per group of runners that read alike: those folding the log by stream at the same
   * place share one, those reading in log order another (a pass resumed after a crash may stand
   * at a different place for each build).
   */
  private startPump(runners: ProjectionRunner[]): void {
    const groups = new Map<string, ProjectionRunner[]>();
    for (const runner of runners) {
      const pass = runner.streamPass;
      const key =
        pass === null
          ? 'log order'
          : JSON.stringify([pass.head, pass.folded?.start, pass.folded?.revision.toString()]);
      groups.set(key, [...(groups.get(key) ?? []), runner]);
    }
    for (const group of groups.values()) this.startOnePump(group);
  }

  private startOnePump(runners: ProjectionRunner[]): void {
    if (runners.length === 0) return;
    const pump = new EventPump(this.options.eventStore, runners, {
      batchSize: this.options.batchSize ?? 1000,
      flushIntervalMs: this.options.flushIntervalMs ?? 50,
      retryDelayMs: this.options.retryDelayMs ?? 1000,
      onCaughtUp: (runner) => this.caughtUp(runner),
      onError: this.context.onError,
    });
    for (const runner of runners) this.pumps.set(runner, pump);
    pump.start();
  }

  private caughtUp(runner: ProjectionRunner): void {
    const slot = this.slots.get(runner.projection.name);
    if (slot?.rebuild !== runner) return this.conditions.notify();
    slot
      .swap()
      .then((replaced) => {
        if (replaced) this.pumps.get(replaced)?.remove(replaced);
        if (replaced) this.pumps.delete(replaced);
        this.conditions.notify();
      })
      .catch((error: unknown) => {
        runner.caughtUp = false; // the pump checks again after its next commit
        this.context.onError(error);
      });
  }

  private slot(name: string): ProjectionSlot {
    const slot = this.slots.get(name);
    if (!slot) throw new UnknownProjection(name);
    return slot;
  }
}

function stateOf(slot: ProjectionSlot): ProjectionState {
  if (slot.rebuild) return 'rebuilding';
  return slot.live?.caughtUp === true ? 'live' : 'catching-up';
}
