import type { ReadStore } from '@ledger/read-store';
import { RELATED_PARTIES, type RelatedPartyDocument } from './related-parties.documents';

/**
 * The customer's current links, from either side: as the corporate and as the person. Two
 * equality reads on the indexed fields, not one `$or`, which the embedded store answers by a scan.
 */
export async function linksOf(reads: ReadStore, customerId: string): Promise<RelatedPartyDocument[]> {
  const [asCorporate, asPerson] = await Promise.all([
    reads.find<RelatedPartyDocument>(RELATED_PARTIES, { corporateId: customerId, linked: true }),
    reads.find<RelatedPartyDocument>(RELATED_PARTIES, { personId: customerId, linked: true }),
  ]);
  return [...asCorporate, ...asPerson];
}
