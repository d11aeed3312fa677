import { customerEventOf } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import type { Projection } from '@ledger/projection-runtime';
import { RELATED_PARTIES, type RelatedPartyDocument, relatedPartyKey } from './related-parties.documents';

function linkOf(recorded: RecordedEvent) {
  const event = customerEventOf(recorded);
  return event?.type === 'RelatedPartyLinked' || event?.type === 'RelatedPartyUnlinked' ? event : null;
}

/**
 * Links between corporate clients and their people (公私联动), read from both sides: the corporate's
 * 360 view, the person's, and the payroll linkage KPI. Every document follows the corporate's stream.
 */
export const relatedPartiesProjection: Projection<RelatedPartyDocument> = {
  name: 'related-parties',
  version: 1,
  collections: [RELATED_PARTIES],
  rebuildByStream: true,
  filter: { streamPrefixes: ['customer-'], eventTypes: ['RelatedPartyLinked', 'RelatedPartyUnlinked'] },
  documentIds(recorded) {
    const link = linkOf(recorded);
    if (link === null) return [];
    return [{ collection: RELATED_PARTIES, id: relatedPartyKey(link.data.corporateId, link.data.personId) }];
  },
  evolve(document, recorded, _collection, id) {
    const link = linkOf(recorded);
    if (link === null) return document;
    const { corporateId, personId, relation } = link.data;
    if (link.type === 'RelatedPartyUnlinked')
      return document === null ? null : { ...document, linked: false };
    return { _id: id, corporateId, personId, relation, linkedAt: link.data.linkedAt, linked: true };
  },
  indexes: { [RELATED_PARTIES]: [{ keys: { corporateId: 1 } }, { keys: { personId: 1 } }] },
};
