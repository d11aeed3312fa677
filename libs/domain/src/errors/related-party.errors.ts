import type { Segment } from '../tiers';
import { DomainError } from './domain-error';

/** Only an onboarded, active customer is linked. */
export class RelatedPartyNotActive extends DomainError {
  constructor(personId: string, why: 'unknown' | 'offboarded') {
    super(
      'RELATED_PARTY_NOT_ACTIVE',
      `customer ${personId} is ${why === 'unknown' ? 'not a customer' : 'offboarded'}`,
      { field: 'personId', personId, why },
    );
  }
}

/** The corporate side must be corporate, the person retail. */
export class RelatedPartyWrongSegment extends DomainError {
  constructor(field: 'corporateId' | 'personId', customerId: string, expected: Segment) {
    super('RELATED_PARTY_WRONG_SEGMENT', `customer ${customerId} (${field}) is not a ${expected} customer`, {
      field,
      customerId,
      expected,
    });
  }
}

/** One link per corporate and person: a second one, in any relation, is a conflict. */
export class RelatedPartyAlreadyLinked extends DomainError {
  constructor(corporateId: string, personId: string, relation: string) {
    super(
      'RELATED_PARTY_ALREADY_LINKED',
      `customer ${personId} is already linked to ${corporateId} as ${relation}`,
      {
        corporateId,
        personId,
        relation,
      },
    );
  }
}

export class RelatedPartyNotLinked extends DomainError {
  constructor(corporateId: string, personId: string) {
    super('RELATED_PARTY_NOT_LINKED', `customer ${personId} is not linked to ${corporateId}`, {
      corporateId,
      personId,
    });
  }
}
