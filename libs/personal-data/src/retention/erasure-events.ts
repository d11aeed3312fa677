import type { JsonObject, RecordedEvent } from '@ledger/event-store';
import { customerIdOfStream } from '../codec/customer-stream';

/*
 * What this library assumes about the domain's erasure events (libs/domain owns them):
 * - PersonalDataErasureRequested, in `customer-<id>`, recorded by the decider for
 *   POST /customers/:id/erasure, data at least { customerId, requestedAt, executeAfter } as ISO times;
 *   executeAfter comes from the domain's retention policy. Processing is restricted from this event on.
 * - PersonalDataErased, recorded through the command path after the sweep destroyed the key.
 */
export const ERASURE_REQUESTED = 'PersonalDataErasureRequested';
export const PERSONAL_DATA_ERASED = 'PersonalDataErased';

export interface PendingErasure {
  customerId: string;
  requestedAt: string;
  executeAfter: string;
  /** Who asked (data.requestedBy, else the request's actor), recorded on PersonalDataErased. */
  requestedBy: string;
  requestEventId: string;
  correlationId: string;
}

function text(data: JsonObject, field: string): string | undefined {
  const value = data[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Reads a PersonalDataErasureRequested event; null when it lacks the fields the sweep needs. */
export function toPendingErasure(event: RecordedEvent): PendingErasure | null {
  const customerId = text(event.data, 'customerId') ?? customerIdOfStream(event.stream);
  const executeAfter = text(event.data, 'executeAfter');
  if (event.type !== ERASURE_REQUESTED || customerId === null || executeAfter === undefined) return null;
  // One malformed request must not stop the sweep for everyone else.
  if (Number.isNaN(Date.parse(executeAfter))) return null;
  const actor = event.metadata.actor;
  const actorId = actor !== null && typeof actor === 'object' && !Array.isArray(actor) ? actor.id : undefined;
  const correlation = event.metadata.$correlationId;
  return {
    customerId,
    requestedAt: text(event.data, 'requestedAt') ?? event.metadata.recordedAt,
    executeAfter,
    requestedBy: text(event.data, 'requestedBy') ?? (typeof actorId === 'string' ? actorId : 'unknown'),
    requestEventId: event.eventId,
    correlationId: typeof correlation === 'string' ? correlation : event.eventId,
  };
}

/** Whether a recorded request is due: its executeAfter has been reached. */
export function isErasureDue(request: PendingErasure, now: Date): boolean {
  return Date.parse(request.executeAfter) <= now.getTime();
}
