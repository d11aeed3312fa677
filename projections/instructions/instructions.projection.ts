import { INSTRUCTION_EVENT_TYPES, instructionEventOf } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import type { Projection } from '@ledger/projection-runtime';
import type { ReadDocument } from '@ledger/read-store';
import { READS_NO_SEALED_FIELD } from '../shared/sealed-fields';
import { INSTRUCTIONS, type InstructionDocument } from './instructions.documents';
import { evolveInstructionDocument } from './instructions.fold';

function documentIds(recorded: RecordedEvent) {
  const event = instructionEventOf(recorded);
  return event === null ? [] : [{ collection: INSTRUCTIONS, id: event.data.instructionId }];
}

function actorOf(recorded: RecordedEvent): { id: string; role: string } {
  const actor = recorded.metadata['actor'];
  if (actor !== null && typeof actor === 'object' && !Array.isArray(actor)) {
    const { id, role } = actor;
    if (typeof id === 'string' && typeof role === 'string') return { id, role };
  }
  return { id: 'unknown', role: 'unknown' };
}

function evolve(document: ReadDocument | null, recorded: RecordedEvent): ReadDocument | null {
  const event = instructionEventOf(recorded);
  if (event === null) return document;
  return evolveInstructionDocument(document as InstructionDocument | null, event, {
    eventId: recorded.eventId,
    actor: actorOf(recorded),
  });
}

/**
 * Client instructions (issue 18, ADR 0029): one document per instruction with every check, who
 * and when. Lists, the open-by-step and aborted-by-reason summary and the KPIs add them up at
 * query time, as the pipeline does (ADR 0019): no counter to guard.
 */
export const instructionsProjection: Projection = {
  name: 'instructions',
  version: 1,
  collections: [INSTRUCTIONS],
  // The phone caller's name is not copied: this collection is not erased per customer (ADR 0029).
  sealedFields: READS_NO_SEALED_FIELD,
  // Every document follows one instruction's stream.
  rebuildByStream: true,
  filter: { streamPrefixes: ['instruction-'], eventTypes: INSTRUCTION_EVENT_TYPES },
  documentIds,
  evolve,
  indexes: {
    [INSTRUCTIONS]: [
      { keys: { customerId: 1, receivedAt: 1 } },
      { keys: { status: 1, receivedAt: 1 } },
      { keys: { relationshipManagerId: 1, receivedAt: 1 } },
      { keys: { branchId: 1, receivedAt: 1 } },
    ],
  },
};
