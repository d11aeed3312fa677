import type { TierCriteria } from '../events/tier.events';
import type { Money } from '../money';
import type { Segment, Tier } from '../tiers';
import type {
  ConsentState,
  ContactChannel,
  CustomerRiskLevel,
  EducationLevel,
  Gender,
  RelatedPartyRelation,
  ProductType,
  RiskProfile,
  ServiceChannel,
  ServiceRequestKind,
} from '../vocabulary';

export type Holding = {
  holdingId: string;
  productCode: string;
  productType: ProductType;
  principal: Money;
  openedAt: string;
  maturityDate: string | null;
  status: 'active' | 'matured';
  /** The confirmed client instruction that bought it: its principal draws on the credit facility. */
  instructionId: string | null;
  maturedAt: string | null;
  proceeds: Money | null;
  rolledOverInto: string | null;
  /** The last contact that named this holding: it answers the holding's maturity and repayment calls. */
  lastContactAt: string | null;
  /** A loan's or credit card's next repayment day (RepaymentDueScheduled); absent when none is due. */
  repaymentDueDate?: string;
};

export type Contribution = {
  year: number;
  contribution: Money;
  departmentsEngaged: number;
  growthRate: number;
};

/** A vote so far: `tier` is what an approval agrees to, null for a rejection. */
export type CastVote = { memberId: string; vote: 'approve' | 'reject'; tier: Tier | null; castAt: string };

export type TierReview = {
  reviewId: string;
  scheme: Segment;
  criteria: TierCriteria;
  computedTier: Tier;
  proposedTier: Tier;
  requestedBy: string;
  openedAt: string;
  policyVersion: string;
  status: 'open' | 'approved' | 'rejected' | 'expired';
  votes: CastVote[];
  decidedBy: string | null;
  decidedAt: string | null;
};

export type ServiceRequest = {
  requestId: string;
  kind: ServiceRequestKind;
  channel: ServiceChannel;
  openedAt: string;
  status: 'open' | 'resolved';
  respondedAt: string | null;
  resolvedAt: string | null;
};

/** The last risk questionnaire (RiskProfileAssessed): the only basis of suitability. */
export type RiskAssessment = {
  level: CustomerRiskLevel;
  score: number;
  questionnaireVersion: string;
  assessedAt: string;
  validUntil: string;
};

/** The last revaluation whose swing called for a priority-1 contact (see policies/large-movement). */
export type AssetMovement = { asOf: string; deltaMinor: number; escalateToBranchHead: boolean };

export type Erasure = {
  requestedAt: string;
  requestedBy: string;
  executeAfter: string;
  erasedAt: string | null;
};

/** The dealing mandate a client instruction is checked against (ADR 0029); null until lodged. */
export type SealSpecimen = { specimenRef: string; lodgedAt: string };
export type PhoneAuthorisation = { authorisedCallers: string[]; validUntil: string; lodgedAt: string };
export type CreditFacility = {
  facilityId: string;
  limit: Money;
  validUntil: string;
  /** What confirmed instructions' holdings draw on it now: bought through an instruction, not yet matured. */
  utilisation: Money;
};
export type DealingMandate = {
  sealSpecimen: SealSpecimen | null;
  phoneAuthorisation: PhoneAuthorisation | null;
  creditFacility: CreditFacility | null;
};

/**
 * active → offboarded (reads only) → restricted (erasure requested, waiting for retention to end)
 * → erased (data key destroyed). Every state after active keeps history and aggregates.
 */
export type CustomerStatus = 'active' | 'offboarded' | 'restricted' | 'erased';

export type Customer = {
  status: CustomerStatus;
  customerId: string;
  segment: Segment;
  name: string;
  idNumber: string;
  phone: string;
  email: string | null;
  birthDate: string | null;
  occupation: string | null;
  gender: Gender | null;
  education: EducationLevel | null;
  address: string | null;
  /** A fraction (0.04 = 4%). */
  expectedReturn: number | null;
  /** Stated on the profile, or the profile of the last assessment's level, whichever came last (ADR 0016). */
  riskProfile: RiskProfile | null;
  riskAssessment: RiskAssessment | null;
  preferredChannel: ContactChannel | null;
  interests: string[];
  consent: ConsentState;
  branchId: string;
  relationshipManagerId: string;
  onboardedAt: string;
  tier: Tier;
  tierSince: string;
  holdings: Record<string, Holding>;
  totalFinancialAssets: Money;
  lastValuationAt: string | null;
  /** The last valuation that changed the balance (seed 003: 余额变动); the first one only records it. */
  lastBalanceChangeAt: string | null;
  lastLargeMovement: AssetMovement | null;
  /** By year ('2026'); a later record for the same year replaces the earlier one. */
  contributions: Record<string, Contribution>;
  tierReviews: Record<string, TierReview>;
  serviceRequests: Record<string, ServiceRequest>;
  /** contactId → occurredAt, to refuse a contact logged twice. */
  contacts: Record<string, string>;
  lastContactAt: string | null;
  /** The last contact about maturities (purpose "maturity") naming no holding: it answers every maturity call. */
  lastMaturityContactAt: string | null;
  /** The last VIP gift delivered (a contact of purpose "vip-gift"); absent on documents folded before it. */
  lastGiftContactAt?: string | null;
  offboardedAt: string | null;
  erasure: Erasure | null;
  dealing: DealingMandate;
  /**
   * A corporate's linked people by person id (one relation each, ADR 0027); absent on states
   * folded before related parties existed.
   */
  relatedParties?: Record<string, RelatedParty>;
};

export type RelatedParty = { personId: string; relation: RelatedPartyRelation; linkedAt: string };

export type NotOnboarded = { status: 'not-onboarded' };

export type CustomerState = NotOnboarded | Customer;

export function initialState(): CustomerState {
  return { status: 'not-onboarded' };
}

export function isOnboarded(state: CustomerState): state is Customer {
  return state.status !== 'not-onboarded';
}

/** The most recent year's contribution: the basis of the corporate points model. */
export function latestContribution(customer: Customer): Contribution | null {
  const years = Object.values(customer.contributions).sort((a, b) => b.year - a.year);
  return years[0] ?? null;
}
