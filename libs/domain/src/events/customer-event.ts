import { assertNever } from '../assert-never';
import type { AssertJson } from '../json';
import type {
  ConsentGiven,
  ConsentWithdrawn,
  CustomerOffboarded,
  CustomerOnboarded,
  CustomerProfileUpdated,
  CustomerReactivated,
  PersonalDataCorrected,
  RelationshipManagerAssigned,
} from './customer.events';
import type { PersonalDataErased, PersonalDataErasureRequested } from './erasure.events';
import type {
  AssetsRevalued,
  ContributionRecorded,
  ProductMatured,
  ProductSubscribed,
  RepaymentDueScheduled,
} from './holding.events';
import type { RelatedPartyLinked, RelatedPartyUnlinked } from './related-party.events';
import type { RiskProfileAssessed } from './suitability.events';
import type {
  CreditFacilityChanged,
  CreditFacilityGranted,
  PhoneAuthorisationLodged,
  SealSpecimenLodged,
} from './dealing.events';
import type { ContactLogged, ServiceRequestOpened, ServiceRequestResolved } from './relationship.events';
import type {
  TierReassessed,
  TierReviewExpired,
  TierReviewOpened,
  TierReviewRejected,
  TierReviewVoteCast,
} from './tier.events';

/** Every fact of the `customer-<id>` stream, schema version 1. */
export type CustomerEvent =
  | CustomerOnboarded
  | CustomerProfileUpdated
  | RelationshipManagerAssigned
  | ProductSubscribed
  | ProductMatured
  | AssetsRevalued
  | ContributionRecorded
  | ContactLogged
  | TierReviewOpened
  | TierReassessed
  | TierReviewRejected
  | TierReviewVoteCast
  | TierReviewExpired
  | ServiceRequestOpened
  | ServiceRequestResolved
  | CustomerOffboarded
  | PersonalDataErasureRequested
  | PersonalDataErased
  | RiskProfileAssessed
  | ConsentGiven
  | ConsentWithdrawn
  | RepaymentDueScheduled
  | PersonalDataCorrected
  | CustomerReactivated
  | SealSpecimenLodged
  | PhoneAuthorisationLodged
  | CreditFacilityGranted
  | CreditFacilityChanged
  | RelatedPartyLinked
  | RelatedPartyUnlinked;

export type CustomerEventType = CustomerEvent['type'];

/** Fails to compile if any event's data stops being plain JSON. */
export const EVENT_DATA_IS_JSON: AssertJson<CustomerEvent['data']> = true;

/** The published event catalog (type names are wire contracts: never rename one). */
export const CUSTOMER_EVENT_TYPES = [
  'CustomerOnboarded',
  'CustomerProfileUpdated',
  'RelationshipManagerAssigned',
  'ProductSubscribed',
  'ProductMatured',
  'AssetsRevalued',
  'ContributionRecorded',
  'ContactLogged',
  'TierReviewOpened',
  'TierReassessed',
  'TierReviewRejected',
  'TierReviewVoteCast',
  'TierReviewExpired',
  'ServiceRequestOpened',
  'ServiceRequestResolved',
  'CustomerOffboarded',
  'PersonalDataErasureRequested',
  'PersonalDataErased',
  'RiskProfileAssessed',
  'ConsentGiven',
  'ConsentWithdrawn',
  'RepaymentDueScheduled',
  'PersonalDataCorrected',
  'CustomerReactivated',
  'RelatedPartyLinked',
  'RelatedPartyUnlinked',
  'SealSpecimenLodged',
  'PhoneAuthorisationLodged',
  'CreditFacilityGranted',
  'CreditFacilityChanged',
] as const satisfies readonly CustomerEventType[];

export function isCustomerEventType(type: string): type is CustomerEventType {
  return (CUSTOMER_EVENT_TYPES as readonly string[]).includes(type);
}

/** The business time of an event: the envelope's `occurredAt`. */
export function occurredAtOf(event: CustomerEvent): string {
  switch (event.type) {
    case 'CustomerOnboarded':
      return event.data.onboardedAt;
    case 'CustomerProfileUpdated':
      return event.data.updatedAt;
    case 'RelationshipManagerAssigned':
      return event.data.assignedAt;
    case 'ProductSubscribed':
      return event.data.openedAt;
    case 'ProductMatured':
      return event.data.maturedAt;
    case 'AssetsRevalued':
      return event.data.asOf;
    case 'ContributionRecorded':
      return event.data.recordedAt;
    case 'ContactLogged':
      return event.data.occurredAt;
    case 'TierReviewOpened':
      return event.data.openedAt;
    case 'TierReassessed':
      return event.data.effectiveAt;
    case 'TierReviewRejected':
      return event.data.rejectedAt;
    case 'TierReviewVoteCast':
      return event.data.castAt;
    case 'TierReviewExpired':
      return event.data.expiredAt;
    case 'ServiceRequestOpened':
      return event.data.openedAt;
    case 'ServiceRequestResolved':
      return event.data.resolvedAt;
    case 'CustomerOffboarded':
      return event.data.at;
    case 'PersonalDataErasureRequested':
      return event.data.requestedAt;
    case 'PersonalDataErased':
      return event.data.at;
    case 'RiskProfileAssessed':
      return event.data.assessedAt;
    case 'ConsentGiven':
    case 'ConsentWithdrawn':
      return event.data.at;
    case 'RepaymentDueScheduled':
      return event.data.scheduledAt;
    case 'PersonalDataCorrected':
      return event.data.correctedAt;
    case 'CustomerReactivated':
      return event.data.reactivatedAt;
    case 'SealSpecimenLodged':
    case 'PhoneAuthorisationLodged':
      return event.data.lodgedAt;
    case 'CreditFacilityGranted':
      return event.data.grantedAt;
    case 'CreditFacilityChanged':
      return event.data.changedAt;
    case 'RelatedPartyLinked':
      return event.data.linkedAt;
    case 'RelatedPartyUnlinked':
      return event.data.unlinkedAt;
    default:
      return assertNever(event);
  }
}
