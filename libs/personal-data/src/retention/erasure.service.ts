import { type EventStore, WrongExpectedRevision } from '@ledger/event-store';
import { customerIdOfStream, customerStream } from '../codec/customer-stream';
import type { KeyStore } from '../keys/key-store.port';
import {
  ERASURE_REQUESTED,
  PERSONAL_DATA_ERASED,
  type PendingErasure,
  personalDataErased,
  toPendingErasure,
} from './erasure-events';
import { isErasureDue } from './retention';

export interface ExecutedErasure {
  customerId: string;
  requestEventId: string;
  erasedAt: string;
}

const APPEND_ATTEMPTS = 3;

/**
 * Executes recorded erasure requests whose retention period has ended: destroys the customer's
 * data key, then records PersonalDataErased. Requests are found by a filtered read of the log
 * (the requests minus the customers already erased) — no second source of truth to keep in step;
 * it runs once a day, so a full filtered scan is cheap enough.
 */
export class ErasureService {
  constructor(
    private readonly store: EventStore,
    private readonly keys: KeyStore,
  ) {}

  async findDueErasures(now: Date): Promise<PendingErasure[]> {
    const pending = new Map<string, PendingErasure>();
    const events = this.store.readAll({
      filter: { streamPrefixes: ['customer-'], eventTypes: [ERASURE_REQUESTED, PERSONAL_DATA_ERASED] },
    });
    for await (const event of events) {
      const request = toPendingErasure(event);
      // The latest request of a customer stands; an erasure settles every request before it.
      if (request !== null) pending.set(request.customerId, request);
      else if (event.type === PERSONAL_DATA_ERASED) pending.delete(customerIdOfStream(event.stream) ?? '');
    }
    return [...pending.values()].filter((request) => isErasureDue(request.executeAfter, now));
  }

  async executeDueErasures(now: Date): Promise<ExecutedErasure[]> {
    const executed: ExecutedErasure[] = [];
    for (const request of await this.findDueErasures(now)) executed.push(await this.execute(request, now));
    return executed;
  }

  /** Key first, event second: a crash in between leaves the request pending and the next sweep finishes it. */
  async execute(request: PendingErasure, now: Date): Promise<ExecutedErasure> {
    await this.keys.destroy(request.customerId, now);
    const stream = customerStream(request.customerId);
    for (let attempt = 1; ; attempt += 1) {
      const [last] = await this.store.readStream(stream, { direction: 'backwards', maxCount: 1 });
      try {
        await this.store.append(stream, [personalDataErased(request, now)], {
          streamState: last === undefined ? 'no_stream' : last.revision,
        });
        return {
          customerId: request.customerId,
          requestEventId: request.requestEventId,
          erasedAt: now.toISOString(),
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevision) || attempt >= APPEND_ATTEMPTS) throw error;
      }
    }
  }
}
