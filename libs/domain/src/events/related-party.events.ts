import type { RelatedPartyRelation } from '../vocabulary';

/**
 * A retail person linked to a corporate client (公私联动), recorded on the corporate's stream: the
 * corporate's relationship manager links its people (ADR 0027). `customerId` is the corporate's.
 */
export type RelatedPartyLinked = {
  type: 'RelatedPartyLinked';
  schemaVersion: 1;
  data: {
    customerId: string;
    corporateId: string;
    personId: string;
    relation: RelatedPartyRelation;
    linkedAt: string;
  };
};

export type RelatedPartyUnlinked = {
  type: 'RelatedPartyUnlinked';
  schemaVersion: 1;
  data: {
    customerId: string;
    corporateId: string;
    personId: string;
    relation: RelatedPartyRelation;
    reason: string;
    unlinkedAt: string;
  };
};
