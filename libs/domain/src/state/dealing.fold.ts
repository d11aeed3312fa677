import type { DealingMandateEvent } from '../events/dealing.events';
import type { Money } from '../money';
import type { CreditFacility, Customer, DealingMandate } from './customer-state';

/** The customer's dealing mandate after one of its events: a later lodging replaces the earlier one. */
/** States folded before mandates existed (a kept snapshot, an older read model) have none. */
const NO_MANDATE: DealingMandate = { sealSpecimen: null, phoneAuthorisation: null, creditFacility: null };

export function withDealingMandate(customer: Customer, event: DealingMandateEvent): Customer {
  const dealing = customer.dealing ?? NO_MANDATE;
  switch (event.type) {
    case 'SealSpecimenLodged': {
      const { specimenRef, lodgedAt } = event.data;
      return { ...customer, dealing: { ...dealing, sealSpecimen: { specimenRef, lodgedAt } } };
    }
    case 'PhoneAuthorisationLodged': {
      const { authorisedCallers, validUntil, lodgedAt } = event.data;
      const phoneAuthorisation = { authorisedCallers, validUntil, lodgedAt };
      return { ...customer, dealing: { ...dealing, phoneAuthorisation } };
    }
    case 'CreditFacilityGranted': {
      const { facilityId, limit, validUntil } = event.data;
      const utilisation = { amountMinor: 0, currency: limit.currency };
      return {
        ...customer,
        dealing: { ...dealing, creditFacility: { facilityId, limit, validUntil, utilisation } },
      };
    }
    case 'CreditFacilityChanged': {
      const facility = dealing.creditFacility;
      if (facility === null || facility.facilityId !== event.data.facilityId) return customer;
      const { limit, validUntil } = event.data;
      return { ...customer, dealing: { ...dealing, creditFacility: { ...facility, limit, validUntil } } };
    }
  }
}

/**
 * Utilisation follows confirmed instructions: a holding bought through one draws its principal, its
 * maturity or redemption releases it. Other holdings, and other currencies, never touch the facility.
 */
export function withUtilisation(customer: Customer, principal: Money, sign: 1 | -1): Customer {
  const dealing = customer.dealing ?? NO_MANDATE;
  const facility = dealing.creditFacility;
  if (facility === null || facility.utilisation.currency !== principal.currency) return customer;
  const amountMinor = Math.max(0, facility.utilisation.amountMinor + sign * principal.amountMinor);
  const creditFacility: CreditFacility = {
    ...facility,
    utilisation: { ...facility.utilisation, amountMinor },
  };
  return { ...customer, dealing: { ...dealing, creditFacility } };
}
