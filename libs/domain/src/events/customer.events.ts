import type {
  Consent,
  ConsentPurpose,
  ContactChannel,
  CorrectableField,
  EducationLevel,
  Gender,
  RiskProfile,
} from '../vocabulary';
import type { Segment, Tier } from '../tiers';

/** Personal fields (name, idNumber, phone, email, birthDate) are encrypted by the store codec, not here. */
export type CustomerOnboarded = {
  type: 'CustomerOnboarded';
  schemaVersion: 1;
  data: {
    customerId: string;
    segment: Segment;
    name: string;
    idNumber: string;
    phone: string;
    email?: string;
    /** 'YYYY-MM-DD' */
    birthDate?: string;
    occupation?: string;
    /** Seed 001 profile fields (issue 17), each optional; gender, education and address are encrypted. */
    gender?: Gender;
    education?: EducationLevel;
    address?: string;
    /** The annual return the customer expects, a fraction (0.04 = 4%). */
    expectedReturn?: number;
    riskProfile?: RiskProfile;
    preferredChannel?: ContactChannel;
    interests?: string[];
    branchId: string;
    relationshipManagerId: string;
    consent: Consent;
    /** The lowest tier of the segment's scheme. */
    tier: Tier;
    onboardedAt: string;
  };
};

/** Only the fields that changed are present; `changedFields` lists them for readers. */
export type CustomerProfileUpdated = {
  type: 'CustomerProfileUpdated';
  schemaVersion: 1;
  data: {
    customerId: string;
    changedFields: string[];
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
    updatedAt: string;
  };
};

export type RelationshipManagerAssigned = {
  type: 'RelationshipManagerAssigned';
  schemaVersion: 1;
  data: {
    customerId: string;
    relationshipManagerId: string;
    previous: string;
    reason: string;
    assignedAt: string;
  };
};

/** Counts as churn in the KPIs; the retention period for erasure starts here. */
export type CustomerOffboarded = {
  type: 'CustomerOffboarded';
  schemaVersion: 1;
  data: { customerId: string; reason: string; at: string };
};

/**
 * Seed 003 更正 (PIPL art. 46): identity fields the bank had wrong, with the reason. Only the
 * corrected fields are present, each encrypted like the original, and the reason too (free text).
 * The idNumber's register follows: the old blind index is released, the new one registered (ADR 0028).
 */
export type PersonalDataCorrected = {
  type: 'PersonalDataCorrected';
  schemaVersion: 1;
  data: {
    customerId: string;
    correctedFields: CorrectableField[];
    name?: string;
    idNumber?: string;
    /** 'YYYY-MM-DD' */
    birthDate?: string;
    reason: string;
    correctedBy: string;
    correctedAt: string;
  };
};

/** Win-back (赢回流失客户): an offboarded customer inside retention becomes active again. */
export type CustomerReactivated = {
  type: 'CustomerReactivated';
  schemaVersion: 1;
  data: {
    customerId: string;
    reason: string;
    /** The offboarding this ends, and when its retention would have ended. */
    offboardedAt: string;
    retentionEndsAt: string;
    reactivatedBy: string;
    reactivatedAt: string;
    policyVersion: string;
  };
};

/** PIPL art. 13–14: the customer agrees to one purpose of processing. */
export type ConsentGiven = {
  type: 'ConsentGiven';
  schemaVersion: 1;
  data: { customerId: string; purpose: ConsentPurpose; at: string };
};

/** Applies at once: every read model drops the customer from what the purpose allowed. */
export type ConsentWithdrawn = {
  type: 'ConsentWithdrawn';
  schemaVersion: 1;
  data: { customerId: string; purpose: ConsentPurpose; at: string };
};
