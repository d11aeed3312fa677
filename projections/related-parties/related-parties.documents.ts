import type { RelatedPartyRelation } from '@ledger/domain';
import type { ReadDocument } from '@ledger/read-store';

/** One document per corporate and person ever linked, keyed `<corporateId>.<personId>` (ADR 0027). */
export const RELATED_PARTIES = 'related_parties';

export type RelatedPartyDocument = ReadDocument & {
  corporateId: string;
  personId: string;
  relation: RelatedPartyRelation;
  linkedAt: string;
  /** False once unlinked: the document stays, so a replayed link never brings it back by itself. */
  linked: boolean;
};

export const relatedPartyKey = (corporateId: string, personId: string) => `${corporateId}.${personId}`;
