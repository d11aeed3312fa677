import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type RecordedEvent,
} from '@ledger/event-store';
import {
  type Actor,
  customerStream,
  type CustomerEvent,
  decide,
  occurredAtOf,
  SYSTEM_ACTOR,
} from '@ledger/domain';
import { isErased } from '@ledger/personal-data';
import { EVENT_STORE } from '../infrastructure/tokens';
import { CustomerStates } from './customer-states';
import { uuidV5 } from './deterministic-id';
import type { FoldedCustomer } from './folded-customer.cache';
import { IdempotencyKeyReused, recordedWithKey } from './idempotency';
import { type CommandResult, RecordCustomerDecision } from './record-customer-decision.command';

/**
 * Fold, decide, append at the exact revision folded: every rule lives in `decide`. The fold comes
 * from CustomerStates, which reads only the events after the revision it holds for the stream.
 */
@CommandHandler(RecordCustomerDecision)
export class RecordCustomerDecisionHandler implements ICommandHandler<RecordCustomerDecision, CommandResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly states: CustomerStates,
  ) {}

  async execute({ command, context }: RecordCustomerDecision): Promise<CommandResult> {
    const stream = customerStream(command.customerId);
    const current = await this.current(stream, command.customerId, context);
    if ('customerId' in current) return current;

    const decided = decide(command, current.state);
    if (decided.length === 0) {
      return {
        customerId: command.customerId,
        revision: Number(current.revision),
        position: current.position,
      };
    }
    let result: AppendResult;
    try {
      result = await this.store.append(
        stream,
        decided.map((event, index) => this.envelope(event, index, command, context)),
        { streamState: current.revision < 0n ? 'no_stream' : current.revision },
      );
    } catch (error) {
      // A conflict (409) means another writer got there first: the next command replays the stream.
      this.states.forget(stream);
      throw error;
    }
    this.states.appended(stream, current, decided, result);
    return {
      customerId: command.customerId,
      revision: Number(result.nextRevision),
      position: result.position,
    };
  }

  /** The state to decide on, or the answer recorded for an earlier request with the same key. */
  private async current(
    stream: string,
    customerId: string,
    context: RecordCustomerDecision['context'],
  ): Promise<FoldedCustomer | CommandResult> {
    if (context.idempotencyKey === undefined) return this.states.current(stream);
    // A keyed request may have been answered at any revision: it reads the whole stream.
    const history = await this.store.readStream(stream);
    const replayed = recordedWithKey(history, context.idempotencyKey);
    if (replayed.length > 0) return this.replay(customerId, replayed, context.requestHash);
    return this.states.replayed(stream, history);
  }

  private envelope(
    event: CustomerEvent,
    index: number,
    command: RecordCustomerDecision['command'],
    context: RecordCustomerDecision['context'],
  ): EventToAppend {
    const eventId =
      context.idempotencyKey === undefined
        ? randomUUID()
        : uuidV5(`${context.idempotencyKey}:event:${index}`);
    return {
      eventId,
      type: event.type,
      data: event.data,
      metadata: {
        schemaVersion: event.schemaVersion,
        occurredAt: occurredAtOf(event),
        actor: { ...actorOf(event, command.actor) },
        $correlationId: context.correlationId,
        $causationId: context.correlationId,
        idempotencyKey: context.idempotencyKey,
        requestHash: context.requestHash,
      },
    };
  }

  private replay(customerId: string, recorded: RecordedEvent[], hash: string | undefined): CommandResult {
    const last = recorded.at(-1) as RecordedEvent;
    const recordedHash = last.metadata['requestHash'];
    // After erasure the recorded hash is shredded with the customer's key: the key alone answers.
    if (recordedHash !== hash && !isErased(recordedHash))
      throw new IdempotencyKeyReused(String(last.metadata['idempotencyKey']));
    return { customerId, revision: Number(last.revision), position: last.position };
  }
}

/** An automatic decision (a retail tier following assets) is the system's, caused by the caller's command. */
function actorOf(event: CustomerEvent, caller: Actor): Actor {
  return event.type === 'TierReassessed' && event.data.decidedBy === SYSTEM_ACTOR.id ? SYSTEM_ACTOR : caller;
}
