import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type EventStore, type EventToAppend, type RecordedEvent } from '@ledger/event-store';
import {
  type Actor,
  customerEventOf,
  customerStream,
  type CustomerEvent,
  decide,
  evolveAll,
  occurredAtOf,
  SYSTEM_ACTOR,
} from '@ledger/domain';
import { EVENT_STORE } from '../infrastructure/tokens';
import { uuidV5 } from './deterministic-id';
import { IdempotencyKeyReused, recordedWithKey } from './idempotency';
import { type CommandResult, RecordCustomerDecision } from './record-customer-decision.command';

/** Read the stream, fold, decide, append at the exact revision read: every rule lives in `decide`. */
@CommandHandler(RecordCustomerDecision)
export class RecordCustomerDecisionHandler implements ICommandHandler<RecordCustomerDecision, CommandResult> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ command, context }: RecordCustomerDecision): Promise<CommandResult> {
    const stream = customerStream(command.customerId);
    const history = await this.store.readStream(stream);
    if (context.idempotencyKey !== undefined) {
      const replayed = recordedWithKey(history, context.idempotencyKey);
      if (replayed.length > 0) return this.replay(command.customerId, replayed, context.requestHash);
    }

    const state = evolveAll(history.flatMap((event) => customerEventOf(event) ?? []));
    const decided = decide(command, state);
    const last = history.at(-1);
    if (decided.length === 0) {
      return {
        customerId: command.customerId,
        revision: last === undefined ? -1 : Number(last.revision),
        position: last?.position ?? '0',
      };
    }
    const result = await this.store.append(
      stream,
      decided.map((event, index) => this.envelope(event, index, command, context)),
      {
        streamState: last === undefined ? 'no_stream' : last.revision,
      },
    );
    return {
      customerId: command.customerId,
      revision: Number(result.nextRevision),
      position: result.position,
    };
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
    if (last.metadata['requestHash'] !== hash)
      throw new IdempotencyKeyReused(String(last.metadata['idempotencyKey']));
    return { customerId, revision: Number(last.revision), position: last.position };
  }
}

/** An automatic decision (a retail tier following assets) is the system's, caused by the caller's command. */
function actorOf(event: CustomerEvent, caller: Actor): Actor {
  return event.type === 'TierReassessed' && event.data.decidedBy === SYSTEM_ACTOR.id ? SYSTEM_ACTOR : caller;
}
