/** HTTP-neutral: the API's single error filter maps not-found → 404, conflict → 409, rule → 422. */
export type DomainErrorKind = 'not-found' | 'conflict' | 'rule';

/** Every stable error code and its kind. Codes are a public contract: never rename one. */
export const DOMAIN_ERROR_KINDS = {
  CUSTOMER_NOT_FOUND: 'not-found',
  HOLDING_NOT_FOUND: 'not-found',
  TIER_REVIEW_NOT_FOUND: 'not-found',
  SERVICE_REQUEST_NOT_FOUND: 'not-found',
  CAMPAIGN_NOT_FOUND: 'not-found',
  PRODUCT_NOT_FOUND: 'not-found',
  OPPORTUNITY_NOT_FOUND: 'not-found',
  HOUSEHOLD_NOT_FOUND: 'not-found',
  VIP_EVENT_NOT_FOUND: 'not-found',
  INSTRUCTION_NOT_FOUND: 'not-found',
  CREDIT_FACILITY_NOT_FOUND: 'not-found',
  CUSTOMER_ALREADY_ONBOARDED: 'conflict',
  CUSTOMER_OFFBOARDED: 'conflict',
  RELATIONSHIP_MANAGER_ALREADY_ASSIGNED: 'conflict',
  HOLDING_ALREADY_EXISTS: 'conflict',
  HOLDING_ALREADY_MATURED: 'conflict',
  VALUATION_OUT_OF_ORDER: 'conflict',
  CONTACT_ALREADY_LOGGED: 'conflict',
  TIER_REVIEW_ALREADY_EXISTS: 'conflict',
  TIER_REVIEW_ALREADY_DECIDED: 'conflict',
  ALREADY_VOTED: 'conflict',
  TIER_REVIEW_EXPIRED: 'conflict',
  SERVICE_REQUEST_ALREADY_EXISTS: 'conflict',
  SERVICE_REQUEST_ALREADY_RESOLVED: 'conflict',
  ERASURE_ALREADY_REQUESTED: 'conflict',
  PERSONAL_DATA_ALREADY_ERASED: 'conflict',
  CAMPAIGN_ALREADY_PLANNED: 'conflict',
  CAMPAIGN_ALREADY_LAUNCHED: 'conflict',
  CAMPAIGN_ALREADY_CLOSED: 'conflict',
  PRODUCT_ALREADY_LAUNCHED: 'conflict',
  PRODUCT_SALE_ALREADY_CLOSED: 'conflict',
  PRODUCT_ALREADY_WITHDRAWN: 'conflict',
  OPPORTUNITY_ALREADY_OPENED: 'conflict',
  DUPLICATE_CUSTOMER: 'conflict',
  HOUSEHOLD_ALREADY_FORMED: 'conflict',
  ALREADY_IN_HOUSEHOLD: 'conflict',
  HOLDING_ALREADY_CREDITED: 'conflict',
  VIP_EVENT_ALREADY_SCHEDULED: 'conflict',
  VIP_EVENT_CANCELLED: 'conflict',
  CUSTOMER_NOT_OFFBOARDED: 'conflict',
  REACTIVATION_AFTER_ERASURE: 'conflict',
  INSTRUCTION_ALREADY_RECEIVED: 'conflict',
  INSTRUCTION_OUT_OF_ORDER: 'conflict',
  CREDIT_FACILITY_ALREADY_GRANTED: 'conflict',
  RELATED_PARTY_ALREADY_LINKED: 'conflict',
  INVALID_AMOUNT: 'rule',
  CURRENCY_MISMATCH: 'rule',
  CURRENCY_WITHOUT_RATE: 'rule',
  INVALID_TIME: 'rule',
  MATURITY_BEFORE_OPENING: 'rule',
  NOT_A_REPAYABLE_HOLDING: 'rule',
  REPAYMENT_DUE_BEFORE_OPENING: 'rule',
  INVALID_CONTRIBUTION_CRITERIA: 'rule',
  INVALID_CONTACT_PRIORITY: 'rule',
  TIER_NOT_IN_SCHEME: 'rule',
  NO_CONTRIBUTION_RECORDED: 'rule',
  FOUR_EYES_VIOLATION: 'rule',
  TIER_ONLY_WITH_APPROVAL: 'rule',
  TIER_REVIEW_NOT_DUE: 'rule',
  SERVICE_REQUEST_TIME_ORDER: 'rule',
  ERASURE_WHILE_ACTIVE: 'rule',
  ERASURE_NOT_REQUESTED: 'rule',
  ERASURE_NOT_DUE: 'rule',
  INVALID_TARGET_RULE: 'rule',
  CAMPAIGN_WINDOW_ORDER: 'rule',
  CAMPAIGN_WINDOW_ENDED: 'rule',
  CAMPAIGN_NOT_LAUNCHED: 'rule',
  CAMPAIGN_CLOSED: 'rule',
  CUSTOMER_NOT_TARGETED: 'rule',
  MARKETING_CONSENT_WITHDRAWN: 'rule',
  INVALID_SALE_WINDOW: 'rule',
  INVALID_PRODUCT_TERMS: 'rule',
  INVALID_RISK_ASSESSMENT: 'rule',
  RISK_ASSESSMENT_EXPIRED: 'rule',
  SUITABILITY_MISMATCH: 'rule',
  OUTSIDE_SALE_WINDOW: 'rule',
  BELOW_MINIMUM_AMOUNT: 'rule',
  PRODUCT_TYPE_MISMATCH: 'rule',
  PRODUCT_WITHDRAWN: 'rule',
  OPPORTUNITY_CLOSED: 'rule',
  OPPORTUNITY_CAMPAIGN_MISMATCH: 'rule',
  OPPORTUNITY_OWNER_NOT_ACTOR: 'rule',
  OPPORTUNITY_STAGE_NOT_FORWARD: 'rule',
  OPPORTUNITY_HOLDING_NOT_CUSTOMERS: 'rule',
  OPPORTUNITY_PRODUCT_MISMATCH: 'rule',
  OPPORTUNITY_HOLDING_BEFORE_OPENING: 'rule',
  OPPORTUNITY_TIME_BEFORE_OPENING: 'rule',
  HOUSEHOLD_MEMBER_NOT_ACTIVE: 'rule',
  NOT_A_HOUSEHOLD_MEMBER: 'rule',
  VIP_EVENT_DATE_PASSED: 'rule',
  VIP_EVENT_NOT_HELD_YET: 'rule',
  GUEST_NOT_ACTIVE: 'rule',
  NO_MARKETING_CONSENT: 'rule',
  GUEST_NOT_INVITED: 'rule',
  RETENTION_ENDED: 'rule',
  CORPORATE_CUSTOMER_ONLY: 'rule',
  VALIDITY_BEFORE_LODGING: 'rule',
  EMPTY_MANDATE: 'rule',
  QUOTE_EXPIRED: 'rule',
  CREDIT_APPROVAL_FOUR_EYES: 'rule',
  INSTRUCTION_NOT_DUE: 'rule',
  INSTRUCTION_HOLDING_MISMATCH: 'rule',
  INVALID_QUOTE: 'rule',
  RELATED_PARTY_NOT_ACTIVE: 'rule',
  RELATED_PARTY_WRONG_SEGMENT: 'rule',
  RELATED_PARTY_NOT_LINKED: 'rule',
} as const satisfies Record<string, DomainErrorKind>;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_KINDS;

/** Facts that explain the refusal (ids, fields); safe to return to the caller, never personal data. */
export type DomainErrorDetails = Readonly<Record<string, string | number | boolean | null>>;

/** Base of every invariant the decider enforces; each subclass names one invariant. */
export abstract class DomainError extends Error {
  readonly kind: DomainErrorKind;

  protected constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
    this.name = new.target.name;
    this.kind = DOMAIN_ERROR_KINDS[code];
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
