import { assertNever } from '../assert-never';
import type { CustomerEvent } from '../events/customer-event';
import type { CustomerOnboarded, CustomerProfileUpdated } from '../events/customer.events';
import { lookup } from '../json';
import type { Customer, CustomerState } from './customer-state';
import { initialState, isOnboarded } from './customer-state';
import { erased, onboarded } from './customer-lifecycle';

/**
 * Folds one fact into the state. Never throws: events are history, and an event the state cannot
 * place (before onboarding, for an unknown holding) leaves the state as it was.
 */
export function evolve(state: CustomerState, event: CustomerEvent): CustomerState {
  if (event.type === 'CustomerOnboarded') return isOnboarded(state) ? state : onboarded(event.data);
  if (!isOnboarded(state)) return state;
  return evolveCustomer(state, event);
}

/** Replays a stream from the beginning (or from a snapshot). */
export function evolveAll(
  events: readonly CustomerEvent[],
  from: CustomerState = initialState(),
): CustomerState {
  return events.reduce(evolve, from);
}

function profileUpdated(customer: Customer, data: CustomerProfileUpdated['data']): Customer {
  return {
    ...customer,
    occupation: data.occupation ?? customer.occupation,
    phone: data.phone ?? customer.phone,
    email: data.email ?? customer.email,
    riskProfile: data.riskProfile ?? customer.riskProfile,
    preferredChannel: data.preferredChannel ?? customer.preferredChannel,
    interests: data.interests ?? customer.interests,
  };
}

function later(a: string | null, b: string): string {
  return a !== null && Date.parse(a) >= Date.parse(b) ? a : b;
}

function evolveCustomer(customer: Customer, event: Exclude<CustomerEvent, CustomerOnboarded>): Customer {
  switch (event.type) {
    case 'CustomerProfileUpdated':
      return profileUpdated(customer, event.data);
    case 'RelationshipManagerAssigned':
      return { ...customer, relationshipManagerId: event.data.relationshipManagerId };
    case 'ProductSubscribed': {
      const { holdingId, productCode, productType, principal, openedAt, maturityDate } = event.data;
      const holding = {
        ...{ holdingId, productCode, productType, principal, openedAt, maturityDate: maturityDate ?? null },
        ...{ status: 'active' as const, maturedAt: null, proceeds: null, rolledOverInto: null },
      };
      return { ...customer, holdings: { ...customer.holdings, [holdingId]: holding } };
    }
    case 'ProductMatured': {
      const holding = lookup(customer.holdings, event.data.holdingId);
      if (holding === undefined) return customer;
      const { maturedAt, proceeds, rolledOverInto } = event.data;
      const matured = { ...holding, status: 'matured' as const, maturedAt, proceeds };
      const holdings = {
        ...customer.holdings,
        [holding.holdingId]: { ...matured, rolledOverInto: rolledOverInto ?? null },
      };
      return { ...customer, holdings };
    }
    case 'AssetsRevalued': {
      const { totalFinancialAssets, asOf, delta, largeMovement } = event.data;
      const movement =
        largeMovement === null
          ? customer.lastLargeMovement
          : { asOf, deltaMinor: delta.amountMinor, escalateToBranchHead: largeMovement.escalateToBranchHead };
      return { ...customer, totalFinancialAssets, lastValuationAt: asOf, lastLargeMovement: movement };
    }
    case 'ContributionRecorded': {
      const { year, contribution, departmentsEngaged, growthRate } = event.data;
      const contributions = {
        ...customer.contributions,
        [String(year)]: { year, contribution, departmentsEngaged, growthRate },
      };
      return { ...customer, contributions };
    }
    case 'ContactLogged': {
      const { contactId, occurredAt } = event.data;
      const contacts = { ...customer.contacts, [contactId]: occurredAt };
      return { ...customer, contacts, lastContactAt: later(customer.lastContactAt, occurredAt) };
    }
    case 'TierReviewOpened': {
      const { reviewId, scheme, criteria, computedTier, proposedTier, requestedBy, openedAt, policyVersion } =
        event.data;
      const review = {
        ...{ reviewId, scheme, criteria, computedTier, proposedTier, requestedBy, openedAt, policyVersion },
        ...{ status: 'open' as const, decidedBy: null, decidedAt: null },
      };
      return { ...customer, tierReviews: { ...customer.tierReviews, [reviewId]: review } };
    }
    case 'TierReassessed': {
      const { reviewId, toTier, effectiveAt, decidedBy } = event.data;
      const tierChanged = toTier !== customer.tier;
      const tier = { tier: toTier, tierSince: tierChanged ? effectiveAt : customer.tierSince };
      const review = reviewId === null ? undefined : lookup(customer.tierReviews, reviewId);
      if (review === undefined) return { ...customer, ...tier };
      const decided = { ...review, status: 'approved' as const, decidedBy, decidedAt: effectiveAt };
      return { ...customer, ...tier, tierReviews: { ...customer.tierReviews, [review.reviewId]: decided } };
    }
    case 'TierReviewRejected': {
      const review = lookup(customer.tierReviews, event.data.reviewId);
      if (review === undefined) return customer;
      const { decidedBy, rejectedAt } = event.data;
      const rejected = { ...review, status: 'rejected' as const, decidedBy, decidedAt: rejectedAt };
      return { ...customer, tierReviews: { ...customer.tierReviews, [review.reviewId]: rejected } };
    }
    case 'ServiceRequestOpened': {
      const { requestId, kind, channel, openedAt } = event.data;
      const request = { requestId, kind, channel, openedAt, status: 'open' as const };
      const serviceRequests = {
        ...customer.serviceRequests,
        [requestId]: { ...request, respondedAt: null, resolvedAt: null },
      };
      return { ...customer, serviceRequests };
    }
    case 'ServiceRequestResolved': {
      const request = lookup(customer.serviceRequests, event.data.requestId);
      if (request === undefined) return customer;
      const { respondedAt, resolvedAt } = event.data;
      const resolved = { ...request, status: 'resolved' as const, respondedAt, resolvedAt };
      return { ...customer, serviceRequests: { ...customer.serviceRequests, [request.requestId]: resolved } };
    }
    case 'CustomerOffboarded':
      return { ...customer, status: 'offboarded', offboardedAt: event.data.at };
    case 'PersonalDataErasureRequested': {
      const { requestedAt, requestedBy, executeAfter } = event.data;
      return {
        ...customer,
        status: 'restricted',
        erasure: { requestedAt, requestedBy, executeAfter, erasedAt: null },
      };
    }
    case 'PersonalDataErased':
      return erased(customer, event.data.at);
    default:
      return assertNever(event);
  }
}
