import { createHash } from 'node:crypto';
import type { EventToAppend, JsonObject, RecordedEvent } from '@ledger/event-store';
import { customerIdOfStream } from '../codec/customer-stream';

/*
 * What this library assumes about the domain's erasure events (libs/domain owns them):
 * - PersonalDataErasureRequested, in `customer-<id>`, recorded by the decider for
 *   POST /customers/:id/erasure, data at least { customerId, requestedAt, executeAfter } as ISO times;
 *   executeAfter comes from planErasure(). Processing is restricted from this event on.
 * - PersonalDataErased, appended by the sweep after the key is destroyed, data
 *   { customerId, at, requestedBy, requestEventId }.
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

/** A name-based (v5-style) UUID: re-running the sweep for one request appends one event, not two. */
function uuidFromName(name: string): string {
  const bytes = createHash('sha1').update(`ledger/personal-data-erased/${name}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function personalDataErased(request: PendingErasure, at: Date): EventToAppend {
  return {
    eventId: uuidFromName(request.requestEventId),
    type: PERSONAL_DATA_ERASED,
    data: {
      customerId: request.customerId,
      at: at.toISOString(),
      requestedBy: request.requestedBy,
      requestEventId: request.requestEventId,
    },
    metadata: {
      occurredAt: at.toISOString(),
      schemaVersion: 1,
      actor: { id: 'system', role: 'system' },
      $correlationId: request.correlationId,
      $causationId: request.requestEventId,
    },
  };
}
