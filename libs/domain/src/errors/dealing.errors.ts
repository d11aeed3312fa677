import { DomainError } from './domain-error';

/** Seals, phone authorisations and credit facilities are a corporate customer's (seed 000, ADR 0029). */
export class CorporateCustomerOnly extends DomainError {
  constructor(customerId: string, what: string) {
    super('CORPORATE_CUSTOMER_ONLY', `${what} is for corporate customers; ${customerId} is not one`, {
      customerId,
      what,
    });
  }
}

export class CreditFacilityNotFound extends DomainError {
  constructor(facilityId: string) {
    super('CREDIT_FACILITY_NOT_FOUND', `credit facility ${facilityId} is not the customer's`, { facilityId });
  }
}

/** One facility per customer: a new limit is a change of the one granted. */
export class CreditFacilityAlreadyGranted extends DomainError {
  constructor(facilityId: string) {
    super('CREDIT_FACILITY_ALREADY_GRANTED', `credit facility ${facilityId} is already granted`, {
      facilityId,
    });
  }
}

/** A mandate valid until a time before it was lodged was never valid. */
export class ValidityBeforeLodging extends DomainError {
  constructor(field: string) {
    super('VALIDITY_BEFORE_LODGING', `${field} must be after the time it is recorded at`, { field });
  }
}

export class EmptyMandate extends DomainError {
  constructor(field: string) {
    super('EMPTY_MANDATE', `${field} must name at least one value`, { field });
  }
}
