import { Command } from '@nestjs/cqrs';
import type { AggregateCommand, AnyAggregate } from '@ledger/domain';
import type { CommandRequest } from './command-request.decorator';

/** What the HTTP request adds to a domain command: tracing and replay protection. */
export interface RequestContext {
  correlationId: string;
  /** The event that caused this command, when it was not a request (the sweep's erasure request). */
  causationId?: string;
  /** From the Idempotency-Key header: event ids are derived from it, and a replay answers from the log. */
  idempotencyKey?: string;
  /** SHA-256 of the route and the validated body: the same key with another body is refused (422). */
  requestHash?: string;
}

/** Where a command left its stream. */
export interface Written {
  /** Revision of the stream after the command. */
  revision: number;
  /** Global position of the last event appended: pass it as ?minPosition= to read your own write. */
  position: string;
}

/** What a customer route answers. */
export type CustomerWritten = { customerId: string } & Written;

/**
 * The one command the bus carries, for every aggregate: a domain command, the aggregate that
 * decides it, and the request context. One class, one handler: the path is the same for all.
 */
export class Decision extends Command<Written> {
  constructor(
    readonly aggregate: AnyAggregate,
    readonly command: AggregateCommand,
    readonly context: RequestContext,
  ) {
    super();
  }

  /** The domain command from a route's fields plus the request's actor and time. */
  static of<C extends AggregateCommand>(
    aggregate: AnyAggregate,
    fields: Omit<C, 'actor' | 'now'>,
    request: CommandRequest,
  ): Decision {
    return new Decision(aggregate, { ...fields, actor: request.actor, now: request.now }, request.context);
  }
}
