import type { Actor, CustomerCommand } from '@ledger/domain';

/** What the HTTP request adds to a domain command: tracing and replay protection. */
export interface RequestContext {
  correlationId: string;
  /** From the Idempotency-Key header: event ids are derived from it, and a replay answers from the log. */
  idempotencyKey?: string;
  /** SHA-256 of the route and the validated body: the same key with another body is refused (422). */
  requestHash?: string;
}

export interface CommandResult {
  customerId: string;
  /** Revision of the customer's stream after the command. */
  revision: number;
  /** Global position of the last event appended: pass it as ?minPosition= to read your own write. */
  position: string;
}

/** The one command the bus carries: a domain command for one customer, and its request context. */
export class RecordCustomerDecision {
  constructor(
    readonly command: CustomerCommand,
    readonly context: RequestContext,
  ) {}

  get actor(): Actor {
    return this.command.actor;
  }
}
