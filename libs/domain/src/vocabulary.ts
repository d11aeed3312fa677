/** The bank's closed vocabularies, shared by commands, events and the API's validation. */
export const PRODUCT_TYPES = [
  'deposit',
  'time-deposit',
  'wealth',
  'fund',
  'insurance',
  'loan',
  'credit-card',
] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

export const CONTACT_CHANNELS = ['phone', 'sms', 'visit', 'email', 'wechat'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** Service requests also arrive at the counter and through the app. */
export const SERVICE_CHANNELS = [...CONTACT_CHANNELS, 'branch', 'app'] as const;
export type ServiceChannel = (typeof SERVICE_CHANNELS)[number];

/** How a customer answered a contact made under a campaign. */
export const CAMPAIGN_RESPONSES = ['interested', 'declined', 'no-answer'] as const;
export type CampaignResponse = (typeof CAMPAIGN_RESPONSES)[number];

export const SERVICE_REQUEST_KINDS = ['inquiry', 'complaint'] as const;
export type ServiceRequestKind = (typeof SERVICE_REQUEST_KINDS)[number];

export const RISK_PROFILES = ['conservative', 'moderate', 'balanced', 'growth', 'aggressive'] as const;
export type RiskProfile = (typeof RISK_PROFILES)[number];

/** Seed 000 "客户的背景": none, some, or government relations / key monopoly technology. */
export const SPECIAL_BACKGROUNDS = ['none', 'some', 'government-or-monopoly'] as const;
export type SpecialBackground = (typeof SPECIAL_BACKGROUNDS)[number];

/** 1 = maturity or large movement, 2 = birthday and VIP care, 3 = routine cadence and market news. */
export type ContactPriority = 1 | 2 | 3;

/** What onboarding records; later changes come as ConsentGiven / ConsentWithdrawn (PIPL art. 13–14). */
export type Consent = { marketing: boolean };

/** The purposes a customer consents to, each given and withdrawn on its own. */
/** How a person is linked to a corporate client (公私联动). */
export const RELATED_PARTY_RELATIONS = ['owner', 'executive', 'payroll-employee', 'guarantor'] as const;
export type RelatedPartyRelation = (typeof RELATED_PARTY_RELATIONS)[number];

export const CONSENT_PURPOSES = ['marketing', 'profiling'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** The customer's consent now, per purpose; only marketing gates campaigns, launches and P2 care. */
export type ConsentState = Record<ConsentPurpose, boolean>;

/**
 * Holdings are keyed by the bank's own contract or account number (`TD-2026-000123`), or a UUID
 * when the bank gives none: 1–64 letters, digits, '.', '_' or '-'.
 */
export const HOLDING_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

/** A contact with this purpose answers every maturity call, whether or not it names the holding. */
export const MATURITY_PURPOSE = 'maturity';

/** A product's risk rating (产品风险等级), PR1 lowest to PR5 highest. */
export const PRODUCT_RISK_LEVELS = ['PR1', 'PR2', 'PR3', 'PR4', 'PR5'] as const;
export type ProductRiskLevel = (typeof PRODUCT_RISK_LEVELS)[number];

/** A customer's assessed risk tolerance (客户风险承受能力等级), C1 lowest to C5 highest. */
export const CUSTOMER_RISK_LEVELS = ['C1', 'C2', 'C3', 'C4', 'C5'] as const;
export type CustomerRiskLevel = (typeof CUSTOMER_RISK_LEVELS)[number];

/**
 * Products sold only after a valid risk assessment (China's wealth-product sales rules), whether or
 * not the catalog knows the product: the legal rule follows the product's type.
 */
export const RISK_ASSESSED_PRODUCT_TYPES = [
  'wealth',
  'fund',
  'insurance',
] as const satisfies readonly ProductType[];

/** The profile each assessed level stands for (C1 保守型 … C5 进取型): the assessment sets the profile. */
export const RISK_PROFILE_OF_LEVEL: Readonly<Record<CustomerRiskLevel, RiskProfile>> = {
  C1: 'conservative',
  C2: 'moderate',
  C3: 'balanced',
  C4: 'growth',
  C5: 'aggressive',
};
