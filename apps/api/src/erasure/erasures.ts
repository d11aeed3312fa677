import { customerAggregate, PersonalDataAlreadyErased, SYSTEM_ACTOR } from '@ledger/domain';
import { type EventStore, WrongExpectedRevision } from '@ledger/event-store';
import {
  dueErasures,
  isErasureDue,
  type KeyStore,
  pendingErasureOf,
  type PendingErasure,
} from '@ledger/personal-data';
import { Decision, type Written } from '../command-path/decision';

export interface ExecutedErasure {
  customerId: string;
  requestEventId: string;
  erasedAt: string;
}

/** Runs a Decision on the command path (the CommandBus in the api). */
export type ExecuteDecision = (decision: Decision) => Promise<Written>;

const ATTEMPTS = 3;

/**
 * Executes erasure requests whose retention has ended: destroys the customer's data key, then
 * sends RecordPersonalDataErased through the command path as the system actor, so the domain
 * decides the event like any other. Key first: a crash in between leaves the request pending and
 * the next sweep finishes it; the request's id is the Idempotency-Key, so that event is recorded once.
 */
export class Erasures {
  constructor(
    /** The sealed log: finding requests never needs plaintext. */
    private readonly store: EventStore,
    private readonly keys: KeyStore,
    private readonly execute: ExecuteDecision,
  ) {}

  async executeDue(now: Date): Promise<ExecutedErasure[]> {
    const executed: ExecutedErasure[] = [];
    for (const request of await dueErasures(this.store, now)) executed.push(await this.erase(request, now));
    return executed;
  }

  /** Right after a request: erases at once if the retention period had already ended (one stream read). */
  async executeIfDue(customerId: string, now: Date): Promise<boolean> {
    const request = await pendingErasureOf(this.store, customerId);
    if (request === null || !isErasureDue(request, now)) return false;
    await this.erase(request, now);
    return true;
  }

  private async erase(request: PendingErasure, now: Date): Promise<ExecutedErasure> {
    const { customerId, requestEventId } = request;
    await this.keys.destroy(customerId, now);
    const command = {
      type: 'RecordPersonalDataErased' as const,
      customerId,
      requestEventId,
      actor: SYSTEM_ACTOR,
      now: now.toISOString(),
    };
    const context = {
      correlationId: request.correlationId,
      causationId: requestEventId,
      idempotencyKey: `erasure:${requestEventId}`,
    };
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.execute(new Decision(customerAggregate, command, context));
        return { customerId, requestEventId, erasedAt: command.now };
      } catch (error) {
        // Another instance recorded it first: the erasure stands.
        if (error instanceof PersonalDataAlreadyErased)
          return { customerId, requestEventId, erasedAt: command.now };
        if (!(error instanceof WrongExpectedRevision) || attempt >= ATTEMPTS) throw error;
      }
    }
  }
}
