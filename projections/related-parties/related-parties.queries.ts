import type { ReadStore } from '@ledger/read-store';
import { RELATED_PARTIES, type RelatedPartyDocument } from './related-parties.documents';

/** The customer's current links, from either side: as the corporate and as the person. */
export function linksOf(reads: ReadStore, customerId: string): Promise<RelatedPartyDocument[]> {
  return reads.find<RelatedPartyDocument>(RELATED_PARTIES, {
    linked: true,
    $or: [{ corporateId: customerId }, { personId: customerId }],
  });
}
