import type { Money } from '../money';

/**
 * A corporate customer's seal specimen (印鉴) was lodged: a reference to the scanned specimen kept
 * in the bank's document system, never the image. A later lodging replaces the earlier one.
 */
export type SealSpecimenLodged = {
  type: 'SealSpecimenLodged';
  schemaVersion: 1;
  data: { customerId: string; specimenRef: string; lodgedAt: string };
};

/**
 * The customer's phone authorisation (电话授权书): who may give a dealing instruction by phone,
 * until when. `authorisedCallers` is personal data, sealed under the customer's key.
 */
export type PhoneAuthorisationLodged = {
  type: 'PhoneAuthorisationLodged';
  schemaVersion: 1;
  data: { customerId: string; authorisedCallers: string[]; validUntil: string; lodgedAt: string };
};

/** A credit facility (授信额度) the customer's dealing instructions draw on. */
export type CreditFacilityGranted = {
  type: 'CreditFacilityGranted';
  schemaVersion: 1;
  data: { customerId: string; facilityId: string; limit: Money; validUntil: string; grantedAt: string };
};

/** The facility's new limit and term, both stated in full (the previous ones for the record). */
export type CreditFacilityChanged = {
  type: 'CreditFacilityChanged';
  schemaVersion: 1;
  data: {
    customerId: string;
    facilityId: string;
    limit: Money;
    previousLimit: Money;
    validUntil: string;
    reason: string;
    changedAt: string;
  };
};

export type DealingMandateEvent =
  SealSpecimenLodged | PhoneAuthorisationLodged | CreditFacilityGranted | CreditFacilityChanged;
