import type { CustomerEvent, CustomerEventType } from '@ledger/domain';

type DataOf<T extends CustomerEventType> = Extract<CustomerEvent, { type: T }>['data'];
type RequiredOf<D> = { [K in keyof D]-?: object extends Pick<D, K> ? never : K }[keyof D];
type OptionalOf<D> = Exclude<keyof D, RequiredOf<D>>;
type Fields<D> = { required: readonly RequiredOf<D>[]; optional: readonly OptionalOf<D>[] };

/**
 * The data fields of every event type, required and optional, as the TypeScript types in
 * libs/domain/src/events declare them: `satisfies` refuses a field in the wrong list, and
 * NOTHING_MISSING below refuses a list that forgets one (under `npm run typecheck`).
 */
export const DATA_FIELDS = {
  CustomerOnboarded: {
    required: [
      'customerId',
      'segment',
      'name',
      'idNumber',
      'phone',
      'branchId',
      'relationshipManagerId',
      'consent',
      'tier',
      'onboardedAt',
    ],
    optional: [
      'email',
      'birthDate',
      'occupation',
      'gender',
      'education',
      'address',
      'expectedReturn',
      'riskProfile',
      'preferredChannel',
      'interests',
    ],
  },
  CustomerProfileUpdated: {
    required: ['customerId', 'changedFields', 'updatedAt'],
    optional: [
      'occupation',
      'phone',
      'email',
      'riskProfile',
      'preferredChannel',
      'interests',
      'gender',
      'education',
      'address',
      'expectedReturn',
    ],
  },
  RelationshipManagerAssigned: {
    required: ['customerId', 'relationshipManagerId', 'previous', 'reason', 'assignedAt'],
    optional: [],
  },
  ProductSubscribed: {
    required: ['customerId', 'holdingId', 'productCode', 'productType', 'principal', 'openedAt'],
    optional: ['maturityDate', 'instructionId'],
  },
  ProductMatured: {
    required: ['customerId', 'holdingId', 'maturedAt', 'proceeds'],
    optional: ['rolledOverInto', 'instructionId'],
  },
  AssetsRevalued: {
    required: ['customerId', 'totalFinancialAssets', 'previous', 'delta', 'largeMovement', 'asOf'],
    optional: [],
  },
  ContributionRecorded: {
    required: ['customerId', 'year', 'contribution', 'departmentsEngaged', 'growthRate', 'recordedAt'],
    optional: [],
  },
  ContactLogged: {
    required: [
      'customerId',
      'contactId',
      'channel',
      'purpose',
      'priority',
      'outcome',
      'relationshipManagerId',
      'occurredAt',
    ],
    optional: ['notes', 'holdingId', 'campaign'],
  },
  TierReviewOpened: {
    required: [
      'customerId',
      'reviewId',
      'scheme',
      'criteria',
      'computedTier',
      'proposedTier',
      'rationale',
      'requestedBy',
      'openedAt',
      'policyVersion',
    ],
    optional: [],
  },
  TierReassessed: {
    required: [
      'customerId',
      'reviewId',
      'scheme',
      'fromTier',
      'toTier',
      'computedTier',
      'override',
      'overrideReason',
      'reason',
      'criteria',
      'committee',
      'requestedBy',
      'decidedBy',
      'effectiveAt',
      'policyVersion',
    ],
    optional: [],
  },
  TierReviewRejected: {
    required: [
      'customerId',
      'reviewId',
      'scheme',
      'tier',
      'computedTier',
      'proposedTier',
      'criteria',
      'committee',
      'requestedBy',
      'decidedBy',
      'reason',
      'rejectedAt',
      'policyVersion',
    ],
    optional: [],
  },
  TierReviewVoteCast: {
    required: ['customerId', 'reviewId', 'memberId', 'vote', 'tier', 'reason', 'castAt'],
    optional: [],
  },
  TierReviewExpired: {
    required: [
      'customerId',
      'reviewId',
      'scheme',
      'tier',
      'proposedTier',
      'requestedBy',
      'openedAt',
      'expiredAt',
      'approvals',
      'rejections',
      'policyVersion',
    ],
    optional: [],
  },
  ServiceRequestOpened: {
    required: ['customerId', 'requestId', 'kind', 'channel', 'description', 'openedAt'],
    optional: [],
  },
  ServiceRequestResolved: {
    required: [
      'customerId',
      'requestId',
      'resolution',
      'openedAt',
      'respondedAt',
      'resolvedAt',
      'respondedWithinSla',
      'resolvedWithinSla',
      'policyVersion',
    ],
    optional: [],
  },
  CustomerOffboarded: { required: ['customerId', 'reason', 'at'], optional: [] },
  PersonalDataErasureRequested: {
    required: [
      'customerId',
      'reason',
      'requestedBy',
      'requestedAt',
      'offboardedAt',
      'executeAfter',
      'retentionYears',
      'policyVersion',
    ],
    optional: [],
  },
  PersonalDataErased: { required: ['customerId', 'at', 'requestedBy', 'requestEventId'], optional: [] },
  RiskProfileAssessed: {
    required: ['customerId', 'level', 'score', 'questionnaireVersion', 'assessedAt', 'validUntil'],
    optional: [],
  },
  ConsentGiven: { required: ['customerId', 'purpose', 'at'], optional: [] },
  ConsentWithdrawn: { required: ['customerId', 'purpose', 'at'], optional: [] },
  RepaymentDueScheduled: {
    required: ['customerId', 'holdingId', 'dueDate', 'scheduledAt'],
    optional: ['amountDue'],
  },
  PersonalDataCorrected: {
    required: ['customerId', 'correctedFields', 'reason', 'correctedBy', 'correctedAt'],
    optional: ['name', 'idNumber', 'birthDate'],
  },
  CustomerReactivated: {
    required: [
      'customerId',
      'reason',
      'offboardedAt',
      'retentionEndsAt',
      'reactivatedBy',
      'reactivatedAt',
      'policyVersion',
    ],
    optional: [],
  },
  SealSpecimenLodged: { required: ['customerId', 'specimenRef', 'lodgedAt'], optional: [] },
  PhoneAuthorisationLodged: {
    required: ['customerId', 'authorisedCallers', 'validUntil', 'lodgedAt'],
    optional: [],
  },
  CreditFacilityGranted: {
    required: ['customerId', 'facilityId', 'limit', 'validUntil', 'grantedAt'],
    optional: [],
  },
  CreditFacilityChanged: {
    required: ['customerId', 'facilityId', 'limit', 'previousLimit', 'validUntil', 'reason', 'changedAt'],
    optional: [],
  },
  RelatedPartyLinked: {
    required: ['customerId', 'corporateId', 'personId', 'relation', 'linkedAt'],
    optional: [],
  },
  RelatedPartyUnlinked: {
    required: ['customerId', 'corporateId', 'personId', 'relation', 'reason', 'unlinkedAt'],
    optional: [],
  },
} as const satisfies { [T in CustomerEventType]: Fields<DataOf<T>> };

type Listed<T extends CustomerEventType> =
  (typeof DATA_FIELDS)[T]['required'][number] | (typeof DATA_FIELDS)[T]['optional'][number];
type Missing = { [T in CustomerEventType]: Exclude<keyof DataOf<T>, Listed<T>> }[CustomerEventType];

// Fails to compile, naming the field, when an event type gains a field the list above lacks.
export const NOTHING_MISSING: [Missing] extends [never] ? true : Missing = true;
