import {
  comparePositions,
  type EventStore,
  type Position,
  type RecordedEvent,
  START_POSITION,
  type StreamChunk,
} from '@ledger/event-store';
import type { Checkpoint, DocumentWrite, ReadStore } from '@ledger/read-store';
import { foldBatch, type FoldResult } from './batch-fold';
import { cacheKey, planBatch } from './batch-plan';
import { type Build, buildId } from './builds';
import { StreamNotParked } from './errors';
import { compileFilter, type EventPredicate } from './event-filter';
import { inLogOrder, loadParked, type ParkedStream, parkedWrite } from './parked-streams';
import type { ProjectedDocument, Projection } from './projection';
import { Serial } from './serial';
import { eventsAfter, loadPass, passedThrough, passWrite, type StreamPass } from './stream-pass';
import { WorkingSet } from './working-set';
import { foldOnWorkers } from './fold-workers/fold-on-workers';
import type { FoldPool } from './fold-workers/fold-pool';

export interface RunnerContext {
  eventStore: EventStore;
  readStore: ReadStore;
  clock: () => Date;
  /** Called after every commit: positions moved, so waiters may resolve. */
  onCommitted: () => void;
  /**
   * While catching up, batches are folded in memory and committed together once the documents the
   * working set holds (loaded or changed) take about this many bytes, or `catchUpCommitMs` passed:
   * fewer, larger writes, with memory bounded.
   */
  catchUpCommitBytes: number;
  /** Longest time folded events wait for their commit while catching up. */
  catchUpCommitMs: number;
  /** Worker threads that fold stream passes (ADR 0032), started on first use; unset: they fold here. */
  foldPool?: () => FoldPool;
}

/** How the pump hands a batch over. */
export interface BatchOptions {
  /** Commit now even while catching up: the pump reached the head of the log, or is stopping. */
  commit: boolean;
}

export interface RetryOutcome {
  stream: string;
  unparked: boolean;
  /** Held events applied by this retry. */
  applied: number;
  /** Still parked: the error of the event it parked at again. */
  parked?: ParkedStream;
}

/** Runs one build of one projection: folds the batches a pump hands it and commits them with its checkpoint. */
export class ProjectionRunner {
  readonly id: string;
  /** Set by the pump once the build's checkpoint reached the head of the log. */
  caughtUp = false;
  private readonly matches: EventPredicate;
  private readonly serial = new Serial();
  private readonly working = new WorkingSet();
  /** Position of the last event folded into the working set; the checkpoint once committed. */
  private folded: Position | null;
  private lastCommit = Date.now();
  /** Documents the fold workers hold for this build (cache keys), until the next commit drains them. */
  private readonly onWorkers = new Set<string>();

  private constructor(
    readonly projection: Projection,
    readonly build: Build,
    private readonly context: RunnerContext,
    private checkpoint: Position | null,
    private readonly parkedStreams: Map<string, ParkedStream>,
    /** The first pass over the log, stream by stream; null once through, or for builds in log order. */
    private pass: StreamPass | null,
  ) {
    this.id = buildId(projection.name, build);
    this.matches = compileFilter(projection.filter);
    this.folded = checkpoint;
  }

  static async open(projection: Projection, build: Build, context: RunnerContext): Promise<ProjectionRunner> {
    const id = buildId(projection.name, build);
    for (const [collection, indexes] of Object.entries(projection.indexes ?? {})) {
      const physical = build.collections[collection];
      if (physical !== undefined) await context.readStore.ensureIndexes(physical, indexes);
    }
    const stored = await context.readStore.checkpoint(id);
    const checkpoint = stored === START_POSITION ? null : stored;
    const parked = await loadParked(context.readStore, id);
    // A pass under way is always finished that way: its documents are not in log order.
    const pass =
      (await loadPass(context.readStore, id)) ??
      (projection.rebuildByStream === true && checkpoint === null
        ? { head: null, folded: null, eventsFolded: 0 }
        : null);
    return new ProjectionRunner(projection, build, context, checkpoint, parked, pass);
  }

  /** Position of the last event committed (applied, skipped by the filter, or held), null before any. */
  get position(): Position | null {
    return this.checkpoint;
  }

  get parked(): ParkedStream[] {
    return inLogOrder(this.parkedStreams.values());
  }

  /** The stream-by-stream pass this build starts (or resumes) with; null when it reads in log order. */
  get streamPass(): Readonly<StreamPass> | null {
    return this.pass;
  }

  /** Starts the pass at the log's head; an empty log needs no pass. */
  beginPass(head: Position | null): void {
    if (this.pass === null || this.pass.head !== null) return;
    if (head === null) this.pass = null;
    else this.pass.head = head;
  }

  /** Folds chunks of a stream-ordered read; commits like a build catching up (see applyBatch). */
  applyChunks(chunks: readonly StreamChunk[], options: BatchOptions): Promise<void> {
    return this.serial.run(async () => {
      const pass = this.pass;
      if (pass === null || pass.head === null) throw new Error(`${this.id} is not folding by stream`);
      const { events, last } = eventsAfter(chunks, pass.folded, pass.head);
      if (last !== null) {
        this.working.absorb(await this.fold(events.filter(this.matches)), events.length);
        pass.folded = last;
        pass.eventsFolded += events.length;
      }
      if (this.working.pending && (options.commit || this.commitDue())) await this.commit();
    });
  }

  /** Ends the pass: what it folded commits with the head as the checkpoint, and log order takes over. */
  endPass(): Promise<void> {
    return this.serial.run(async () => {
      const head = this.pass?.head ?? null;
      if (head === null) return;
      await this.commit(head);
    });
  }

  /**
   * Folds the events after what was already folded. A caught-up build commits documents, parked
   * streams and checkpoint at once per batch; one catching up commits when told to or when enough
   * has changed, so readers and the checkpoint only ever see whole commits.
   */
  applyBatch(events: readonly RecordedEvent[], options: BatchOptions = { commit: true }): Promise<void> {
    return this.serial.run(async () => {
      const fresh = this.after(events);
      const last = fresh[fresh.length - 1];
      if (last !== undefined) {
        const matching = fresh.filter(this.matches);
        this.working.absorb(await this.fold(matching), fresh.length);
        this.folded = last.position;
      }
      if (this.working.pending && (options.commit || this.caughtUp || this.commitDue())) await this.commit();
    });
  }

  /** Re-applies a parked stream's held events in order; the stream is unparked if all of them apply. */
  retry(stream: string): Promise<RetryOutcome> {
    return this.serial.run(async () => {
      const parked = this.parkedStreams.get(stream);
      if (!parked) throw new StreamNotParked(this.projection.name, stream);
      // A retry folds here: what the workers hold is committed first, so it reads from the store.
      if (this.onWorkers.size > 0) await this.commit();
      const upTo = this.folded;
      const pass = this.pass;
      const seen = (event: RecordedEvent) =>
        pass !== null
          ? passedThrough(pass, event)
          : upTo !== null && comparePositions(event.position, upTo) <= 0;
      const events = (
        await this.context.eventStore.readStream(stream, { fromRevision: BigInt(parked.revision) })
      )
        // Later events are still to come through the subscription, which will apply them normally.
        .filter((event) => seen(event) && this.matches(event));
      const result = await this.fold(events, stream);
      this.working.absorb(result, 0);
      await this.commit();
      const still = result.parked.get(stream) ?? undefined;
      return {
        stream,
        unparked: still === undefined,
        applied: result.applied,
        ...(still && { parked: still }),
      };
    });
  }

  /** Folds events over the working set, loading from the read store only documents it lacks. */
  private async fold(events: readonly RecordedEvent[], retrying?: string): Promise<FoldResult> {
    const pool = this.pass !== null && retrying === undefined ? this.context.foldPool?.() : undefined;
    if (pool !== undefined) {
      const { result, bytes } = await this.orForget(
        foldOnWorkers(pool, events, {
          id: this.id,
          projection: this.projection,
          held: this.onWorkers,
          parked: this.parkedStreams,
          pending: this.working.changed,
          now: this.context.clock().toISOString(),
          load: (collection, ids) =>
            this.context.readStore.find<ProjectedDocument>(this.physical(collection), { _id: { $in: ids } }),
        }),
      );
      this.working.bytes += bytes;
      this.updateParked(result);
      return result;
    }
    const plan = planBatch(this.projection, events);
    const { documents, ahead } = this.working;
    const checkpoint = this.checkpoint;
    for (const [collection, ids] of plan.ids) {
      const missing = [...ids].filter((id) => !documents.has(cacheKey(collection, id)));
      if (missing.length === 0) continue;
      const filter = { _id: { $in: missing } };
      const found = await this.context.readStore.find<ProjectedDocument>(this.physical(collection), filter);
      const loaded = new Map(found.map((document) => [document._id, document]));
      // Only after the read succeeded: a failed one must not leave stored documents marked absent.
      for (const id of missing) {
        const key = cacheKey(collection, id);
        const document = loaded.get(id) ?? null;
        this.working.hold({ collection, id }, key, document);
        // One comparison per loaded document instead of one per event and document.
        const position = this.working.positions.get(key);
        if (position === undefined || this.pass !== null) continue;
        if (checkpoint === null || comparePositions(position, checkpoint) > 0) ahead.add(key);
      }
    }
    const now = this.context.clock().toISOString();
    const result = foldBatch(this.projection, plan.events, documents, {
      parked: this.parkedStreams,
      now,
      ahead,
      positions: this.working.positions,
      retrying,
      byStream: this.pass !== null,
    });
    this.updateParked(result);
    return result;
  }

  /** Parking is folded state: later events of a parked stream are held from the next batch on. */
  private updateParked(result: FoldResult): void {
    for (const [stream, parked] of result.parked) {
      if (parked === null) this.parkedStreams.delete(stream);
      else this.parkedStreams.set(stream, parked);
    }
  }

  /**
   * Writes everything folded since the last commit with the checkpoint of the last event folded;
   * during a stream pass, with the pass's progress instead, unless `passEndsAt` ends it.
   */
  private async commit(passEndsAt?: Position): Promise<void> {
    const { changed, parked } = this.working;
    const pool = this.onWorkers.size > 0 ? this.context.foldPool?.() : undefined;
    if (pool !== undefined) {
      for (const change of await this.orForget(pool.drain(this.id, this.projection.name)))
        changed.set(cacheKey(change.key.collection, change.key.id), change);
      this.onWorkers.clear();
    }
    const writes: DocumentWrite[] = [];
    for (const { key, document, position } of changed.values()) {
      // The one copy of a document a commit makes: it carries the last event applied, for idempotency.
      const stored = document === null ? null : { ...document, _position: position };
      writes.push({ collection: this.physical(key.collection), id: key.id, document: stored });
    }
    for (const [stream, state] of parked) writes.push(parkedWrite(this.id, stream, state));
    const passing = this.pass !== null && passEndsAt === undefined;
    if (this.pass !== null) writes.push(passWrite(this.id, passing ? this.pass : null));
    const position = passing ? null : (passEndsAt ?? this.folded);
    const checkpoint: Checkpoint | undefined =
      position === null ? undefined : { projection: this.id, position };
    await this.context.readStore.commit(writes, checkpoint);
    this.working.clear();
    if (!passing) this.pass = null;
    this.folded = position ?? this.folded;
    this.checkpoint = position;
    this.lastCommit = Date.now();
    this.context.onCommitted();
  }

  /**
   * A fold worker that fails loses what it folded since the last commit: the build forgets it too and
   * resumes its pass from the committed cursor (the pump retries, with a new pool).
   */
  private async orForget<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (error) {
      this.working.clear();
      this.onWorkers.clear();
      // No progress stored: nothing of the pass was committed, so it starts over.
      this.pass = (await loadPass(this.context.readStore, this.id)) ?? {
        head: null,
        folded: null,
        eventsFolded: 0,
      };
      this.parkedStreams.clear();
      for (const [stream, parked] of await loadParked(this.context.readStore, this.id))
        this.parkedStreams.set(stream, parked);
      throw error;
    }
  }

  private commitDue(): boolean {
    const { catchUpCommitBytes, catchUpCommitMs } = this.context;
    return this.working.bytes >= catchUpCommitBytes || Date.now() - this.lastCommit >= catchUpCommitMs;
  }

  private physical(collection: string): string {
    const physical = this.build.collections[collection];
    if (physical === undefined) throw new Error(`${this.id} has no collection "${collection}"`);
    return physical;
  }

  /** The events strictly after those folded: a pump shared with builds further behind replays older ones. */
  private after(events: readonly RecordedEvent[]): readonly RecordedEvent[] {
    const checkpoint = this.folded;
    if (checkpoint === null) return events;
    const first = events.findIndex((event) => comparePositions(event.position, checkpoint) > 0);
    return first < 0 ? [] : first === 0 ? events : events.slice(first);
  }
}
