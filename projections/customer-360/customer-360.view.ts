import type {
  ActivityLevel,
  ContactChannel,
  EducationLevel,
  FlagJudgment,
  Gender,
  DueContactReason,
  CustomerRiskLevel,
  HouseholdRole,
  LifecycleStage,
  NextBestProduct,
  ProductType,
  RelatedPartyRelation,
  RfmScore,
  RiskProfile,
  Segment,
  ServiceChannel,
  ServiceRequestKind,
  Tier,
} from '@ledger/domain';
import type { WireMoney } from '../shared/wire-money';
import type { TierChange, ViewStatus } from './customer-360.document';
import type { RecentContact } from './recent-contacts';

/** What GET /customers/:id answers (DESIGN §3 "360 view"), as of an explicit `now`. */
export type Customer360View = {
  customerId: string;
  segment: Segment;
  name: string;
  idNumber: string;
  phone: string;
  /** 'YYYY-MM-DD', as last corrected (PersonalDataCorrected); masked for roles that do not need it. */
  birthDate: string | null;
  /** Seed 001 profile (issue 17): personal ones masked by role. */
  occupation: string | null;
  gender: Gender | null;
  education: EducationLevel | null;
  address: string | null;
  /** A fraction (0.04 = 4%). */
  expectedReturn: number | null;
  preferredChannel: ContactChannel | null;
  interests: string[];
  /** Seed 004 历史咨询记录: the last contacts, newest first; notes only for the roles that serve the customer. */
  recentContacts: RecentContact[];
  tier: Tier;
  tierSince: string;
  relationshipManagerId: string;
  branchId: string;
  holdings: HoldingView[];
  /** From the latest valuation (0.00 before the first). */
  totalFinancialAssets: WireMoney;
  /** Beside it: active holdings (loans and credit cards are not assets) in CNY by the policies' currencyRates. */
  activeHoldings: ActiveHoldingsView;
  lastContactAt: string | null;
  nextContactDue: string | null;
  overdue: boolean;
  lifecycle: LifecycleStage;
  dormant: boolean;
  /** Seed 003: from balance changes, subscriptions and maturities (ADR 0023). */
  activityLevel: ActivityLevel;
  /** Seed 002 mining flags holding at `now`, each with the rule and inputs that raised it. */
  flags: FlagJudgment[];
  rfm: RfmView;
  openServiceRequests: OpenServiceRequestView[];
  alerts: Customer360Alert[];
  tierHistory: TierChange[];
  contactsByChannel: Record<ContactChannel, number>;
  /** Stated on the profile or set by the last assessment, whichever came last (ADR 0016). */
  riskProfile: RiskProfile | null;
  riskAssessment: RiskAssessmentView | null;
  /** Explained suggestions, only products the customer may buy today; empty in lists and as-of views. */
  nextBestProducts: NextBestProduct[];
  /** What the customer consents to now; without marketing, no campaign, launch call or P2 care (ADR 0024). */
  consent: { marketing: boolean; profiling: boolean };
  /** A corporate customer's dealing mandate (ADR 0029): references and terms; who may phone is not shown. */
  dealingMandate: DealingMandateView;
  /** The household the customer is in, its members and household AUM; null in lists and as-of views (ADR 0027). */
  household: HouseholdOfCustomer | null;
  /** Links to corporate clients or their people (公私联动), from either side; empty in lists and as-of views. */
  relatedParties: RelatedPartyView[];
  status: ViewStatus;
  onboardedAt: string;
  offboardedAt: string | null;
  revision: number;
  position: string;
};

export type DealingMandateView = {
  sealSpecimenRef: string | null;
  phoneAuthorisationValidUntil: string | null;
  /** Utilisation: what confirmed instructions' holdings draw now; available = limit − utilisation. */
  creditFacility: {
    facilityId: string;
    limit: WireMoney;
    utilisation: WireMoney;
    available: WireMoney;
    validUntil: string;
  } | null;
};

/** The last risk questionnaire; `expired` as of the read's `now` (suitability needs it unexpired). */
export type RiskAssessmentView = {
  level: CustomerRiskLevel;
  score: number;
  questionnaireVersion: string;
  assessedAt: string;
  validUntil: string;
  expired: boolean;
};

export type ActiveHoldingsView = {
  total: WireMoney;
  ratesPublishedOn: string;
  /** Holdings in a currency the rate table lacks (recorded before it was configured): not in `total`. */
  withoutRate: string[];
};

export type HoldingView = {
  holdingId: string;
  productCode: string;
  productType: ProductType;
  principal: WireMoney;
  openedAt: string;
  maturityDate: string | null;
  status: 'active' | 'matured';
  maturedAt: string | null;
  rolledOverInto: string | null;
};

export type RfmView = {
  recency: RfmScore;
  frequency: RfmScore;
  monetary: RfmScore;
  daysSinceLastSubscription: number | null;
  subscriptions: number;
  policyVersion: string;
};

export type OpenServiceRequestView = {
  requestId: string;
  kind: ServiceRequestKind;
  channel: ServiceChannel;
  openedAt: string;
  respondBy: string;
  resolveBy: string;
  responseBreached: boolean;
  resolutionBreached: boolean;
};

/** A contact the worklist owes today, a holding about to mature, or a service request past its SLA. */
export type Customer360Alert =
  | {
      kind: 'contact-due';
      reason: DueContactReason;
      priority: 1 | 2 | 3;
      dueDate: string;
      escalateToBranchHead: boolean;
      holdingId: string | null;
    }
  | { kind: 'maturing-soon'; holdingId: string; maturityDate: string }
  | { kind: 'sla-breach'; requestId: string; responseBreached: boolean; resolutionBreached: boolean };

/** Names of other customers are masked by the caller's role (maskCustomer360). */
export type HouseholdOfCustomer = {
  householdId: string;
  name: string;
  /** This customer's role in it. */
  role: HouseholdRole;
  members: { customerId: string; role: HouseholdRole; name: string }[];
  /** The members' latest valuations added up, as GET /households/:id answers it. */
  aum: WireMoney;
};

export type RelatedPartyView = {
  corporateId: string;
  personId: string;
  relation: RelatedPartyRelation;
  linkedAt: string;
  /** The other side's id and name: the person for a corporate, the corporate for a person. */
  counterpartyId: string;
  name: string;
};
