import { customerEventOf, HOUSEHOLD_EVENT_TYPES, householdEventOf } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import type { DocumentKey, Projection } from '@ledger/projection-runtime';
import type { ReadDocument } from '@ledger/read-store';
import {
  HOUSEHOLD_MEMBERS,
  HOUSEHOLDS,
  type HouseholdDocument,
  type HouseholdMemberDocument,
} from './households.documents';
import { evolveHouseholdDocument, evolveMemberDocument } from './households.fold';
import { READS_NO_SEALED_FIELD } from '../shared/sealed-fields';

function documentIds(recorded: RecordedEvent): DocumentKey[] {
  const household = householdEventOf(recorded);
  if (household !== null) {
    const keys: DocumentKey[] = [{ collection: HOUSEHOLDS, id: household.data.householdId }];
    if (household.type !== 'HouseholdFormed')
      keys.push({ collection: HOUSEHOLD_MEMBERS, id: household.data.customerId });
    return keys;
  }
  const customer = customerEventOf(recorded);
  return customer?.type === 'AssetsRevalued'
    ? [{ collection: HOUSEHOLD_MEMBERS, id: customer.data.customerId }]
    : [];
}

function evolve(document: ReadDocument | null, recorded: RecordedEvent, collection: string, id: string) {
  const household = householdEventOf(recorded);
  if (collection === HOUSEHOLDS)
    return household === null
      ? document
      : evolveHouseholdDocument(document as HouseholdDocument | null, household);
  const event = household ?? customerEventOf(recorded);
  if (event === null || (event.type !== 'AssetsRevalued' && household === null)) return document;
  return evolveMemberDocument(document as HouseholdMemberDocument | null, id, event as never);
}

/**
 * Households and their members' assets (issue 17, ADR 0025). Household AUM is summed at query time
 * over the member documents, so it follows every member's valuations without a counter to guard.
 */
export const householdsProjection: Projection = {
  name: 'households',
  version: 1,
  collections: [HOUSEHOLDS, HOUSEHOLD_MEMBERS],
  // Each household document follows one stream; a member document's fields commute (see the fold).
  rebuildByStream: true,
  sealedFields: READS_NO_SEALED_FIELD,
  filter: {
    streamPrefixes: ['household-', 'customer-'],
    eventTypes: [...HOUSEHOLD_EVENT_TYPES, 'AssetsRevalued'],
  },
  documentIds,
  evolve,
  indexes: { [HOUSEHOLD_MEMBERS]: [{ keys: { householdIds: 1 } }] },
};
