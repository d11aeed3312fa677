import type { LinkRelatedParty, UnlinkRelatedParty } from '../commands/customer-command';
import {
  RelatedPartyAlreadyLinked,
  RelatedPartyNotActive,
  RelatedPartyNotLinked,
  RelatedPartyWrongSegment,
} from '../errors/related-party.errors';
import type { RelatedPartyLinked, RelatedPartyUnlinked } from '../events/related-party.events';
import type { Customer } from '../state/customer-state';
import { businessTime } from './guards';

/** The corporate links a retail person (公私联动); the person's facts come with the command. */
export function linkRelatedParty(command: LinkRelatedParty, corporate: Customer): RelatedPartyLinked[] {
  const { personId, relation, person } = command;
  if (corporate.segment !== 'corporate')
    throw new RelatedPartyWrongSegment('corporateId', corporate.customerId, 'corporate');
  if (person === null || person.customerId !== personId) throw new RelatedPartyNotActive(personId, 'unknown');
  if (!person.active) throw new RelatedPartyNotActive(personId, 'offboarded');
  if (person.segment !== 'retail') throw new RelatedPartyWrongSegment('personId', personId, 'retail');
  const current = corporate.relatedParties?.[personId];
  if (current !== undefined)
    throw new RelatedPartyAlreadyLinked(corporate.customerId, personId, current.relation);
  const linkedAt = businessTime(command.linkedAt, command.now, 'linkedAt');
  const { customerId } = corporate;
  return [
    {
      type: 'RelatedPartyLinked',
      schemaVersion: 1,
      data: { customerId, corporateId: customerId, personId, relation, linkedAt },
    },
  ];
}

export function unlinkRelatedParty(command: UnlinkRelatedParty, corporate: Customer): RelatedPartyUnlinked[] {
  const current = corporate.relatedParties?.[command.personId];
  if (current === undefined) throw new RelatedPartyNotLinked(corporate.customerId, command.personId);
  const unlinkedAt = businessTime(command.unlinkedAt, command.now, 'unlinkedAt');
  const { customerId } = corporate;
  const { personId, relation } = current;
  return [
    {
      type: 'RelatedPartyUnlinked',
      schemaVersion: 1,
      data: { customerId, corporateId: customerId, personId, relation, reason: command.reason, unlinkedAt },
    },
  ];
}
