import { assertNever } from '../assert-never';
import type { CustomerEvent } from '../events/customer-event';
import type { CustomerOnboarded } from '../events/customer.events';
import { corrected, erased, erasureRequested, onboarded, reactivated } from './customer-lifecycle';
import { type Customer, type CustomerState, initialState, isOnboarded } from './customer-state';
import {
  withContribution,
  withHolding,
  withMaturity,
  withRepaymentDue,
  withValuation,
} from './holdings.fold';
import { withContact, withProfile, withResolution, withServiceRequest } from './relationship.fold';
import { withDealingMandate } from './dealing.fold';
import { withRelatedParty } from './related-parties.fold';
import { Replay } from './replay';
import { withRiskAssessment } from './suitability.fold';
import {
  withReviewExpired,
  withReviewOpened,
  withReviewRejected,
  withTierDecision,
  withVoteCast,
} from './tier-reviews.fold';

/**
 * Folds one fact into the state. Never throws: events are history, and an event the state cannot
 * place (before onboarding, for an unknown holding) leaves the state as it was.
 */
export function evolve(state: CustomerState, event: CustomerEvent): CustomerState {
  return evolveIn(undefined, state, event);
}

/**
 * Replays a stream from the beginning, or from a snapshot, in time linear in the events: the
 * replay extends the maps it copied in place (see Replay); `from` itself is never changed, unless
 * the caller passes the replay that built `from` (it then owns `from`'s maps, see AggregateRepository).
 */
export function evolveAll(
  events: readonly CustomerEvent[],
  from: CustomerState = initialState(),
  replay: Replay = new Replay(),
): CustomerState {
  let state = from;
  for (const event of events) state = evolveIn(replay, state, event);
  return state;
}

function evolveIn(replay: Replay | undefined, state: CustomerState, event: CustomerEvent): CustomerState {
  if (event.type === 'CustomerOnboarded') return isOnboarded(state) ? state : onboarded(event.data);
  if (!isOnboarded(state)) return state;
  return evolveCustomer(state, event, replay);
}

function evolveCustomer(
  customer: Customer,
  event: Exclude<CustomerEvent, CustomerOnboarded>,
  replay: Replay | undefined,
): Customer {
  switch (event.type) {
    case 'CustomerProfileUpdated':
      return withProfile(customer, event.data);
    case 'RelationshipManagerAssigned':
      return { ...customer, relationshipManagerId: event.data.relationshipManagerId };
    case 'ProductSubscribed':
      return withHolding(customer, event.data, replay);
    case 'ProductMatured':
      return withMaturity(customer, event.data, replay);
    case 'AssetsRevalued':
      return withValuation(customer, event.data);
    case 'RepaymentDueScheduled':
      return withRepaymentDue(customer, event.data, replay);
    case 'ContributionRecorded':
      return withContribution(customer, event.data, replay);
    case 'ContactLogged':
      return withContact(customer, event.data, replay);
    case 'TierReviewOpened':
      return withReviewOpened(customer, event.data, replay);
    case 'TierReassessed':
      return withTierDecision(customer, event.data, replay);
    case 'TierReviewRejected':
      return withReviewRejected(customer, event.data, replay);
    case 'TierReviewVoteCast':
      return withVoteCast(customer, event.data, replay);
    case 'TierReviewExpired':
      return withReviewExpired(customer, event.data, replay);
    case 'ServiceRequestOpened':
      return withServiceRequest(customer, event.data, replay);
    case 'ServiceRequestResolved':
      return withResolution(customer, event.data, replay);
    case 'CustomerOffboarded':
      return { ...customer, status: 'offboarded', offboardedAt: event.data.at };
    case 'PersonalDataErasureRequested':
      return erasureRequested(customer, event.data);
    case 'PersonalDataErased':
      return erased(customer, event.data.at);
    case 'RiskProfileAssessed':
      return withRiskAssessment(customer, event.data);
    case 'ConsentGiven':
      return { ...customer, consent: { ...customer.consent, [event.data.purpose]: true } };
    case 'ConsentWithdrawn':
      return { ...customer, consent: { ...customer.consent, [event.data.purpose]: false } };
    case 'PersonalDataCorrected':
      return corrected(customer, event.data);
    case 'CustomerReactivated':
      return reactivated(customer);
    case 'SealSpecimenLodged':
    case 'PhoneAuthorisationLodged':
    case 'CreditFacilityGranted':
    case 'CreditFacilityChanged':
      return withDealingMandate(customer, event);
    case 'RelatedPartyLinked':
    case 'RelatedPartyUnlinked':
      return withRelatedParty(customer, event);
    default:
      return assertNever(event);
  }
}
