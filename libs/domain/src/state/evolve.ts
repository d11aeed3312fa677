import { assertNever } from '../assert-never';
import type { CustomerEvent } from '../events/customer-event';
import type { CustomerOnboarded } from '../events/customer.events';
import { erased, erasureRequested, onboarded } from './customer-lifecycle';
import { type Customer, type CustomerState, initialState, isOnboarded } from './customer-state';
import { withContribution, withHolding, withMaturity, withValuation } from './holdings.fold';
import { withContact, withProfile, withResolution, withServiceRequest } from './relationship.fold';
import { withReviewOpened, withReviewRejected, withTierDecision } from './tier-reviews.fold';

/**
 * Folds one fact into the state. Never throws: events are history, and an event the state cannot
 * place (before onboarding, for an unknown holding) leaves the state as it was.
 */
export function evolve(state: CustomerState, event: CustomerEvent): CustomerState {
  if (event.type === 'CustomerOnboarded') return isOnboarded(state) ? state : onboarded(event.data);
  if (!isOnboarded(state)) return state;
  return evolveCustomer(state, event);
}

/** Replays a stream from the beginning, or from a snapshot. */
export function evolveAll(
  events: readonly CustomerEvent[],
  from: CustomerState = initialState(),
): CustomerState {
  return events.reduce(evolve, from);
}

function evolveCustomer(customer: Customer, event: Exclude<CustomerEvent, CustomerOnboarded>): Customer {
  switch (event.type) {
    case 'CustomerProfileUpdated':
      return withProfile(customer, event.data);
    case 'RelationshipManagerAssigned':
      return { ...customer, relationshipManagerId: event.data.relationshipManagerId };
    case 'ProductSubscribed':
      return withHolding(customer, event.data);
    case 'ProductMatured':
      return withMaturity(customer, event.data);
    case 'AssetsRevalued':
      return withValuation(customer, event.data);
    case 'ContributionRecorded':
      return withContribution(customer, event.data);
    case 'ContactLogged':
      return withContact(customer, event.data);
    case 'TierReviewOpened':
      return withReviewOpened(customer, event.data);
    case 'TierReassessed':
      return withTierDecision(customer, event.data);
    case 'TierReviewRejected':
      return withReviewRejected(customer, event.data);
    case 'ServiceRequestOpened':
      return withServiceRequest(customer, event.data);
    case 'ServiceRequestResolved':
      return withResolution(customer, event.data);
    case 'CustomerOffboarded':
      return { ...customer, status: 'offboarded', offboardedAt: event.data.at };
    case 'PersonalDataErasureRequested':
      return erasureRequested(customer, event.data);
    case 'PersonalDataErased':
      return erased(customer, event.data.at);
    default:
      return assertNever(event);
  }
}
