import type { RelatedPartyLinked, RelatedPartyUnlinked } from '../events/related-party.events';
import type { Customer } from './customer-state';

/** The corporate's links after one of them is made or undone (one relation per person). */
export function withRelatedParty(
  customer: Customer,
  event: RelatedPartyLinked | RelatedPartyUnlinked,
): Customer {
  const { [event.data.personId]: _previous, ...others } = customer.relatedParties ?? {};
  if (event.type === 'RelatedPartyUnlinked') return { ...customer, relatedParties: others };
  const { personId, relation, linkedAt } = event.data;
  return { ...customer, relatedParties: { ...others, [personId]: { personId, relation, linkedAt } } };
}
