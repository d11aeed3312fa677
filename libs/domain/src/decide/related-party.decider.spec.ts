import { given } from '../../test/decider-specification';
import { command, CUSTOMER_ID, NOW, offboarded, onboarded } from '../../test/fixtures';
import type { PartyFacts } from '../commands/customer-command';
import type { RelatedPartyLinked, RelatedPartyUnlinked } from '../events/related-party.events';
import type { RelatedPartyRelation } from '../vocabulary';

const PERSON = '5e4d3c2b-1a09-4f8e-9d7c-6b5a4e3d2c1b';
const corporate = () => onboarded({ segment: 'corporate', tier: 'STANDARD' });
const person = (facts: Partial<PartyFacts> = {}): PartyFacts => ({
  customerId: PERSON,
  segment: 'retail',
  active: true,
  ...facts,
});
const link = (relation: RelatedPartyRelation = 'payroll-employee', facts: PartyFacts | null = person()) =>
  command('LinkRelatedParty', { personId: PERSON, relation, person: facts });
const unlink = () => command('UnlinkRelatedParty', { personId: PERSON, reason: 'left the company' });
const linked = (relation: RelatedPartyRelation = 'payroll-employee', linkedAt = NOW): RelatedPartyLinked => ({
  type: 'RelatedPartyLinked',
  schemaVersion: 1,
  data: { customerId: CUSTOMER_ID, corporateId: CUSTOMER_ID, personId: PERSON, relation, linkedAt },
});
const unlinked = (relation: RelatedPartyRelation = 'payroll-employee'): RelatedPartyUnlinked => ({
  type: 'RelatedPartyUnlinked',
  schemaVersion: 1,
  data: {
    customerId: CUSTOMER_ID,
    corporateId: CUSTOMER_ID,
    personId: PERSON,
    relation,
    reason: 'left the company',
    unlinkedAt: NOW,
  },
});

describe('related parties (公私联动), recorded on the corporate stream', () => {
  describe('when the corporate is active', () => {
    it('links an active retail person in each relation', () => {
      for (const relation of ['owner', 'executive', 'payroll-employee', 'guarantor'] as const)
        given([corporate()])
          .when(link(relation))
          .then([linked(relation)]);
    });

    it('keeps a business time given, normalised to UTC', () => {
      given([corporate()])
        .when({ ...link(), linkedAt: '2026-11-24T12:00:00+08:00' })
        .then([linked('payroll-employee', '2026-11-24T04:00:00.000Z')]);
    });

    it('refuses an unknown person, and facts about another customer', () => {
      const error = given([corporate()]).when(link('owner', null)).thenThrows('RELATED_PARTY_NOT_ACTIVE');
      expect(error.details).toMatchObject({ field: 'personId', why: 'unknown' });
      given([corporate()])
        .when(link('owner', person({ customerId: 'someone-else' })))
        .thenThrows('RELATED_PARTY_NOT_ACTIVE');
    });

    it('refuses an offboarded person', () => {
      const error = given([corporate()])
        .when(link('owner', person({ active: false })))
        .thenThrows('RELATED_PARTY_NOT_ACTIVE');
      expect(error.details).toMatchObject({ why: 'offboarded' });
    });

    it('refuses a corporate person (the person must be retail)', () => {
      const error = given([corporate()])
        .when(link('owner', person({ segment: 'corporate' })))
        .thenThrows('RELATED_PARTY_WRONG_SEGMENT');
      expect(error.details).toMatchObject({ field: 'personId', expected: 'retail' });
    });

    it('refuses a second link of the same person, in the same or another relation', () => {
      given([corporate(), linked()]).when(link()).thenThrows('RELATED_PARTY_ALREADY_LINKED');
      const error = given([corporate(), linked()])
        .when(link('guarantor'))
        .thenThrows('RELATED_PARTY_ALREADY_LINKED');
      expect(error.details).toMatchObject({ relation: 'payroll-employee' });
    });

    it('unlinks a linked person, naming the relation it had, and links it again after', () => {
      given([corporate(), linked('executive')])
        .when(unlink())
        .then([unlinked('executive')]);
      given([corporate(), linked(), unlinked()])
        .when(link('owner'))
        .then([linked('owner')]);
    });

    it('refuses to unlink a person never linked, or already unlinked', () => {
      given([corporate()]).when(unlink()).thenThrows('RELATED_PARTY_NOT_LINKED');
      given([corporate(), linked(), unlinked()]).when(unlink()).thenThrows('RELATED_PARTY_NOT_LINKED');
    });
  });

  it('refuses a retail customer as the corporate side', () => {
    const error = given([onboarded()]).when(link()).thenThrows('RELATED_PARTY_WRONG_SEGMENT');
    expect(error.details).toMatchObject({ field: 'corporateId', expected: 'corporate' });
  });

  it('refuses links before onboarding and after offboarding', () => {
    given([]).when(link()).thenThrows('CUSTOMER_NOT_FOUND');
    given([corporate(), offboarded()]).when(link()).thenThrows('CUSTOMER_OFFBOARDED');
  });
});
