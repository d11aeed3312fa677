import type { CustomerOnboarded } from '../events/customer.events';
import type { PersonalDataErasureRequested } from '../events/erasure.events';
import { money } from '../money';
import type { Customer } from './customer-state';

/** What personal fields read as once the data key is destroyed (the marker libs/personal-data uses). */
export const ERASED_MARKER = '[erased]';

/** A new customer: lowest tier since onboarding, no holdings, no assets, no contact yet. */
export function onboarded(data: CustomerOnboarded['data']): Customer {
  return {
    status: 'active',
    customerId: data.customerId,
    segment: data.segment,
    name: data.name,
    idNumber: data.idNumber,
    phone: data.phone,
    email: data.email ?? null,
    birthDate: data.birthDate ?? null,
    occupation: data.occupation ?? null,
    riskProfile: null,
    riskAssessment: null,
    preferredChannel: null,
    interests: [],
    // Onboarding records marketing only; profiling waits for a ConsentGiven.
    consent: { marketing: data.consent.marketing, profiling: false },
    branchId: data.branchId,
    relationshipManagerId: data.relationshipManagerId,
    onboardedAt: data.onboardedAt,
    tier: data.tier,
    tierSince: data.onboardedAt,
    holdings: {},
    totalFinancialAssets: money(0),
    lastValuationAt: null,
    lastBalanceChangeAt: null,
    lastLargeMovement: null,
    contributions: {},
    tierReviews: {},
    serviceRequests: {},
    contacts: {},
    lastContactAt: null,
    lastMaturityContactAt: null,
    offboardedAt: null,
    erasure: null,
    dealing: { sealSpecimen: null, phoneAuthorisation: null, creditFacility: null },
  };
}

/** Processing is restricted from the request on; the key is destroyed at `executeAfter`. */
export function erasureRequested(customer: Customer, data: PersonalDataErasureRequested['data']): Customer {
  const { requestedAt, requestedBy, executeAfter } = data;
  return {
    ...customer,
    status: 'restricted',
    erasure: { requestedAt, requestedBy, executeAfter, erasedAt: null },
  };
}

/** Crypto-shredding made the personal fields unreadable; the state forgets them too. */
export function erased(customer: Customer, at: string): Customer {
  // Defensive: an erasure without a request in this history still erases; it never un-erases.
  const erasure = customer.erasure ?? {
    requestedAt: at,
    requestedBy: 'unknown',
    executeAfter: at,
    erasedAt: null,
  };
  return {
    ...customer,
    status: 'erased',
    name: ERASED_MARKER,
    idNumber: ERASED_MARKER,
    phone: ERASED_MARKER,
    email: customer.email === null ? null : ERASED_MARKER,
    birthDate: null,
    erasure: { ...erasure, erasedAt: at },
  };
}
