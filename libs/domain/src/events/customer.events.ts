import type { Consent, ConsentPurpose, ContactChannel, RiskProfile } from '../vocabulary';
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
