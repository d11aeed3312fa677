import { randomUUID } from 'node:crypto';
import type { AppendResult, EventStore, EventToAppend, JsonObject, RecordedEvent } from '@ledger/event-store';
import { type AnyAggregate, type DecidedEvent, type DomainEvent, streamOf } from '@ledger/domain';
import { isErased } from '@ledger/personal-data';
import type { RequestContext, Written } from './decision';
import { uuidV5 } from './deterministic-id';
import type { Folded, FoldedStreams } from './folded-streams';
import { Folding } from './folding';
import { IdempotencyKeyReused, recordedWithKey } from './idempotency';

/** The state to decide on, or the answer an earlier request with the same Idempotency-Key got. */
export type Loaded<State> = { folded: Folded<State> } | { answered: Written };

/**
 * Streams of any aggregate, as commands see them: the folded state and its revision (cached, so a
 * command reads only what was recorded after the revision it holds), idempotent replays, the
 * envelope of each event. Personal fields are sealed by the store it is given (EncryptingEventStore).
 * Saving appends at exactly the revision loaded: whatever another writer recorded meanwhile is
 * either read on load or turns the append into a conflict (409), after which the stream is replayed.
 */
export class AggregateRepository {
  private readonly folding = new Folding();

  constructor(
    private readonly store: EventStore,
    private readonly folded: FoldedStreams,
    /** The version of the policy set decisions are computed under, recorded with every event. */
    private readonly policyVersion: string,
  ) {}

  async load<State>(aggregate: AnyAggregate, id: string, context: RequestContext): Promise<Loaded<State>> {
    const stream = streamOf(aggregate, id);
    if (context.idempotencyKey !== undefined) {
      // A keyed request may have been answered at any revision: it reads the whole stream.
      const history = await this.store.readStream(stream);
      const earlier = recordedWithKey(history, context.idempotencyKey);
      if (earlier.length > 0) return { answered: answerOf(earlier, context.requestHash) };
      return {
        folded: this.keep(
          aggregate,
          stream,
          this.folding.on(aggregate, this.folding.nothing(aggregate), history),
        ),
      };
    }
    const cached = this.folded.get<State>(stream);
    const from = cached ?? this.folding.nothing<State>(aggregate);
    const recorded = await this.store.readStream(stream, { fromRevision: from.revision + 1n });
    // A save extended the cached state in place while this read waited (see Folding): read again.
    if (cached !== undefined && this.folding.isOutdated(cached)) return this.load(aggregate, id, context);
    const folded = this.folding.on(aggregate, from, recorded);
    if (cached !== undefined && !cacheable(aggregate, folded.state)) {
      // Kept before the state stopped being cacheable: dropped, and the stream replayed whole.
      this.folded.forget(stream);
      const history = await this.store.readStream(stream);
      return { folded: this.folding.on(aggregate, this.folding.nothing(aggregate), history) };
    }
    if (recorded.length > 0) this.keep(aggregate, stream, folded);
    return { folded };
  }

  /**
   * The stream's state now, for facts another aggregate's command is judged on: a load without an
   * idempotency key never answers from an earlier request, it always folds.
   */
  async current<State>(aggregate: AnyAggregate, id: string, correlationId: string): Promise<State> {
    const loaded = await this.load<State>(aggregate, id, { correlationId });
    if (!('folded' in loaded)) throw new Error('a load without an idempotency key always folds');
    return loaded.folded.state;
  }

  async save<State>(
    aggregate: AnyAggregate,
    id: string,
    before: Folded<State>,
    decided: readonly DecidedEvent<DomainEvent>[],
    context: RequestContext,
  ): Promise<Written> {
    if (decided.length === 0) return { revision: Number(before.revision), position: before.position };
    const stream = streamOf(aggregate, id);
    let result: AppendResult;
    try {
      result = await this.store.append(
        stream,
        decided.map((next, index) => this.envelope(next, index, context)),
        { streamState: before.revision < 0n ? 'no_stream' : before.revision },
      );
    } catch (error) {
      this.folded.forget(stream);
      throw error;
    }
    // Only a clean append is folded on; anything else (an idempotent re-append) is replayed next time.
    if (result.nextRevision !== before.revision + BigInt(decided.length)) this.folded.forget(stream);
    else {
      const events = decided.map((next) => next.event);
      const appended = { revision: result.nextRevision, position: result.position };
      const inPlace = this.folded.peek(stream) === before;
      this.keep(aggregate, stream, this.folding.after(aggregate, before, events, appended, inPlace));
    }
    return { revision: Number(result.nextRevision), position: result.position };
  }

  private envelope(
    decided: DecidedEvent<DomainEvent>,
    index: number,
    context: RequestContext,
  ): EventToAppend {
    const { event, actor, occurredAt } = decided;
    const key = context.idempotencyKey;
    return {
      eventId: key === undefined ? randomUUID() : uuidV5(`${key}:event:${index}`),
      type: event.type,
      data: event.data as JsonObject,
      metadata: {
        schemaVersion: event.schemaVersion,
        occurredAt,
        actor: { id: actor.id, role: actor.role },
        $correlationId: context.correlationId,
        $causationId: context.causationId ?? context.correlationId,
        idempotencyKey: key,
        requestHash: context.requestHash,
        policyVersion: this.policyVersion,
      },
    };
  }

  private keep<State>(aggregate: AnyAggregate, stream: string, folded: Folded<State>): Folded<State> {
    if (folded.revision < 0n || !cacheable(aggregate, folded.state)) this.folded.forget(stream);
    else this.folded.remember(stream, folded);
    return folded;
  }
}

function cacheable(aggregate: AnyAggregate, state: unknown): boolean {
  return aggregate.cacheable?.(state) ?? true;
}

function answerOf(earlier: readonly RecordedEvent[], requestHash: string | undefined): Written {
  const last = earlier.at(-1) as RecordedEvent;
  const recordedHash = last.metadata['requestHash'];
  // After erasure the recorded hash is shredded with the customer's key: the key alone answers.
  if (recordedHash !== requestHash && !isErased(recordedHash))
    throw new IdempotencyKeyReused(String(last.metadata['idempotencyKey']));
  return { revision: Number(last.revision), position: last.position };
}
