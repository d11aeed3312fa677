import type { Actor } from '../actor';
import type { Money } from '../money';
import type { ProductTerms } from '../product/product-terms';
import type { Segment, Tier } from '../tiers';
import type {
  CampaignResponse,
  Consent,
  ConsentPurpose,
  ContactChannel,
  ContactPriority,
  CorrectableField,
  EducationLevel,
  Gender,
  ProductType,
  CustomerRiskLevel,
  RelatedPartyRelation,
  RiskProfile,
  ServiceChannel,
  ServiceRequestKind,
  SpecialBackground,
} from '../vocabulary';

/**
 * Every command names its customer, its actor and `now` (when the command was received, ISO 8601).
 * Business times (`onboardedAt`, `openedAt`, …) default to `now`; ids are chosen by the caller.
 */
type Command<Type extends string, Body> = {
  type: Type;
  customerId: string;
  actor: Actor;
  now: string;
} & Body;

export type OnboardCustomer = Command<
  'OnboardCustomer',
  {
    segment: Segment;
    name: string;
    idNumber: string;
    phone: string;
    email?: string;
    birthDate?: string;
    occupation?: string;
    gender?: Gender;
    education?: EducationLevel;
    address?: string;
    expectedReturn?: number;
    riskProfile?: RiskProfile;
    preferredChannel?: ContactChannel;
    interests?: string[];
    branchId: string;
    relationshipManagerId: string;
    consent?: Consent;
    onboardedAt?: string;
  }
>;

export type UpdateCustomerProfile = Command<
  'UpdateCustomerProfile',
  {
    occupation?: string;
    phone?: string;
    email?: string;
    riskProfile?: RiskProfile;
    preferredChannel?: ContactChannel;
    interests?: string[];
    gender?: Gender;
    education?: EducationLevel;
    address?: string;
    expectedReturn?: number;
  }
>;

/** Seed 003 更正: the corrected values of some identity fields, with the reason; correctedBy = actor. */
export type CorrectPersonalData = Command<
  'CorrectPersonalData',
  { corrections: Partial<Record<CorrectableField, string>>; reason: string }
>;

/** Win-back: judged at `now` against the retention period of the offboarding it ends. */
export type ReactivateCustomer = Command<'ReactivateCustomer', { reason: string }>;

export type AssignRelationshipManager = Command<
  'AssignRelationshipManager',
  { relationshipManagerId: string; reason: string; assignedAt?: string }
>;

export type SubscribeProduct = Command<
  'SubscribeProduct',
  {
    holdingId: string;
    productCode: string;
    productType: ProductType;
    principal: Money;
    openedAt?: string;
    maturityDate?: string;
    /**
     * The catalog's terms for `productCode`, loaded by the api from the product's stream; absent for
     * a code the catalog does not know (holdings migrated from core banking).
     */
    product?: ProductTerms;
    /** The confirmed client instruction this subscription executes (ADR 0029). */
    instructionId?: string;
  }
>;

/** `assessedAt` defaults to `now`; `validUntil` follows from the suitability policy. */
export type AssessRiskProfile = Command<
  'AssessRiskProfile',
  { level: CustomerRiskLevel; score: number; questionnaireVersion: string; assessedAt?: string }
>;

export type RecordMaturity = Command<
  'RecordMaturity',
  {
    holdingId: string;
    proceeds: Money;
    maturedAt?: string;
    rolledOverInto?: string;
    /** The confirmed sell instruction that redeemed the holding (ADR 0029). */
    instructionId?: string;
  }
>;

/** The core system's next due date of a loan or credit card; `scheduledAt` defaults to now. */
export type ScheduleRepaymentDue = Command<
  'ScheduleRepaymentDue',
  { holdingId: string; dueDate: string; amountDue?: Money; scheduledAt?: string }
>;

export type RevalueAssets = Command<'RevalueAssets', { totalFinancialAssets: Money; asOf?: string }>;

export type RecordContribution = Command<
  'RecordContribution',
  { year: number; contribution: Money; departmentsEngaged: number; growthRate: number; recordedAt?: string }
>;

export type LogContact = Command<
  'LogContact',
  {
    contactId: string;
    channel: ContactChannel;
    purpose: string;
    /** The holding the contact was about. */
    holdingId?: string;
    outcome: string;
    notes?: string;
    relationshipManagerId: string;
    priority?: ContactPriority;
    occurredAt?: string;
    /** The campaign the contact is made under; `facts` is what the api read from its stream. */
    campaign?: { campaignId: string; response: CampaignResponse; facts: CampaignContactFacts };
  }
>;

/** A campaign's state as a contact needs it: its status, and whether this customer is a target. */
export type CampaignContactFacts = {
  status: 'not-planned' | 'planned' | 'launched' | 'closed';
  targeted: boolean;
};

/** Maker: criteria come from the customer's recorded contributions or assets; requestedBy = actor. */
export type OpenTierReview = Command<
  'OpenTierReview',
  {
    reviewId: string;
    rationale: string;
    specialBackground?: SpecialBackground;
    proposedTier?: Tier;
    openedAt?: string;
  }
>;

/**
 * Checker, one member's vote: the member is the actor (the token's subject), never a field; the
 * vote is cast at `now`. `tier` (approvals only) overrides the proposed tier.
 */
export type CastTierReviewVote = Command<
  'CastTierReviewVote',
  { reviewId: string; vote: 'approve' | 'reject'; tier?: Tier; reason: string }
>;

/** Sent by the review-expiry sweep as the system actor once a review's deadline has passed. */
export type ExpireTierReview = Command<'ExpireTierReview', { reviewId: string }>;

export type OpenServiceRequest = Command<
  'OpenServiceRequest',
  {
    requestId: string;
    kind: ServiceRequestKind;
    channel: ServiceChannel;
    description: string;
    openedAt?: string;
  }
>;

export type ResolveServiceRequest = Command<
  'ResolveServiceRequest',
  { requestId: string; resolution: string; respondedAt?: string; resolvedAt?: string }
>;

export type OffboardCustomer = Command<'OffboardCustomer', { reason: string; at?: string }>;

export type RequestPersonalDataErasure = Command<'RequestPersonalDataErasure', { reason: string }>;

/** Sent by the erasure sweep after it destroyed the key; `requestEventId` is the request's event id. */
export type RecordPersonalDataErased = Command<'RecordPersonalDataErased', { requestEventId: string }>;

export type GiveConsent = Command<'GiveConsent', { purpose: ConsentPurpose; at?: string }>;

export type WithdrawConsent = Command<'WithdrawConsent', { purpose: ConsentPurpose; at?: string }>;

/** A corporate customer's dealing mandate (ADR 0029): the facts a client instruction is checked against. */
export type LodgeSealSpecimen = Command<'LodgeSealSpecimen', { specimenRef: string; lodgedAt?: string }>;

export type LodgePhoneAuthorisation = Command<
  'LodgePhoneAuthorisation',
  { authorisedCallers: string[]; validUntil: string; lodgedAt?: string }
>;

export type GrantCreditFacility = Command<
  'GrantCreditFacility',
  { facilityId: string; limit: Money; validUntil: string; grantedAt?: string }
>;

export type ChangeCreditFacility = Command<
  'ChangeCreditFacility',
  { facilityId: string; limit?: Money; validUntil?: string; reason: string; changedAt?: string }
>;

/** What the api knows of the person being linked, from the person's own stream; null: never onboarded. */
export type PartyFacts = { customerId: string; segment: Segment; active: boolean };

/** Sent to the corporate: the person is linked to it (ADR 0027). */
export type LinkRelatedParty = Command<
  'LinkRelatedParty',
  { personId: string; relation: RelatedPartyRelation; person: PartyFacts | null; linkedAt?: string }
>;

export type UnlinkRelatedParty = Command<
  'UnlinkRelatedParty',
  { personId: string; reason: string; unlinkedAt?: string }
>;

export type CustomerCommand =
  | OnboardCustomer
  | UpdateCustomerProfile
  | AssignRelationshipManager
  | SubscribeProduct
  | AssessRiskProfile
  | RecordMaturity
  | ScheduleRepaymentDue
  | RevalueAssets
  | RecordContribution
  | LogContact
  | OpenTierReview
  | CastTierReviewVote
  | ExpireTierReview
  | OpenServiceRequest
  | ResolveServiceRequest
  | OffboardCustomer
  | RequestPersonalDataErasure
  | RecordPersonalDataErased
  | GiveConsent
  | WithdrawConsent
  | CorrectPersonalData
  | ReactivateCustomer
  | LodgeSealSpecimen
  | LodgePhoneAuthorisation
  | GrantCreditFacility
  | ChangeCreditFacility
  | LinkRelatedParty
  | UnlinkRelatedParty;

export type CustomerCommandType = CustomerCommand['type'];
