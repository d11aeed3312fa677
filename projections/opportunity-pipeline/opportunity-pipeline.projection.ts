import { OPPORTUNITY_EVENT_TYPES, opportunityEventOf } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import type { Projection } from '@ledger/projection-runtime';
import type { ReadDocument } from '@ledger/read-store';
import { OPPORTUNITIES, type OpportunityDocument } from './opportunity-pipeline.documents';
import { evolveOpportunityDocument } from './opportunity-pipeline.fold';
import { READS_NO_SEALED_FIELD } from '../shared/sealed-fields';

function documentIds(recorded: RecordedEvent) {
  const event = opportunityEventOf(recorded);
  return event === null ? [] : [{ collection: OPPORTUNITIES, id: event.data.opportunityId }];
}

function evolve(document: ReadDocument | null, recorded: RecordedEvent): ReadDocument | null {
  const event = opportunityEventOf(recorded);
  if (event === null) return document;
  return evolveOpportunityDocument(document as OpportunityDocument | null, event);
}

/**
 * The sales pipeline (issue 16, ADR 0019): one document per opportunity. Lists filter them; the
 * summary by manager or branch adds them up at query time, so no counter needs a guard.
 */
export const opportunityPipelineProjection: Projection = {
  name: 'opportunity-pipeline',
  version: 1,
  collections: [OPPORTUNITIES],
  // Every document follows one opportunity's stream.
  rebuildByStream: true,
  sealedFields: READS_NO_SEALED_FIELD,
  filter: { streamPrefixes: ['opportunity-'], eventTypes: OPPORTUNITY_EVENT_TYPES },
  documentIds,
  evolve,
  indexes: {
    [OPPORTUNITIES]: [
      { keys: { owner: 1, openedAt: 1 } },
      { keys: { branchId: 1, openedAt: 1 } },
      { keys: { status: 1, stage: 1 } },
      { keys: { customerId: 1, openedAt: 1 } },
    ],
  },
};
