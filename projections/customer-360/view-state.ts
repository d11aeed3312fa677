import type { Customer } from '@ledger/domain';

/**
 * The state the view and its policies read. Contact ids (the decider's duplicate guard), reviews
 * (the tier audit's), contributions and resolved requests only make every write larger.
 * `previous` is the view state the event was folded from: what it already trimmed is kept as is.
 */
export function viewState(customer: Customer, previous: Customer | null): Customer {
  // The previous view keeps open requests only: the same object needs no filtering.
  const serviceRequests =
    previous !== null && customer.serviceRequests === previous.serviceRequests
      ? customer.serviceRequests
      : openRequests(customer.serviceRequests);
  if (
    serviceRequests === customer.serviceRequests &&
    isEmpty(customer.contacts) &&
    isEmpty(customer.tierReviews) &&
    isEmpty(customer.contributions)
  ) {
    return customer; // already trimmed: most events touch nothing trimmed
  }
  return { ...customer, contacts: {}, tierReviews: {}, contributions: {}, serviceRequests };
}

function openRequests(requests: Customer['serviceRequests']): Customer['serviceRequests'] {
  const open = Object.entries(requests).filter(([, request]) => request.status === 'open');
  return Object.fromEntries(open);
}

function isEmpty(record: Record<string, unknown>): boolean {
  for (const _key in record) return false;
  return true;
}
