import type { CustomerOnboarded, PersonalDataCorrected } from '../events/customer.events';
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
    gender: data.gender ?? null,
    education: data.education ?? null,
    address: data.address ?? null,
    expectedReturn: data.expectedReturn ?? null,
    riskProfile: data.riskProfile ?? null,
    riskAssessment: null,
    preferredChannel: data.preferredChannel ?? null,
    interests: data.interests ?? [],
    // Onboarding records marketing only; profiling waits for a ConsentGiven.
    consent: { marketing: data.consent.marketing, profiling: data.consent.profiling ?? false },
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
    lastGiftContactAt: null,
    offboardedAt: null,
    erasure: null,
    dealing: { sealSpecimen: null, phoneAuthorisation: null, creditFacility: null },
  };
}

/** Only the corrected fields move; the rest of the identity is as it was. */
export function corrected(customer: Customer, data: PersonalDataCorrected['data']): Customer {
  return {
    ...customer,
    name: data.name ?? customer.name,
    idNumber: data.idNumber ?? customer.idNumber,
    birthDate: data.birthDate ?? customer.birthDate,
  };
}

/** Back to active: the offboarding ends, history and tier stay as they were. */
export function reactivated(customer: Customer): Customer {
  return { ...customer, status: 'active', offboardedAt: null };
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
    occupation: customer.occupation === null ? null : ERASED_MARKER,
    // Documents folded before issue 17 have no profile fields of these kinds.
    gender: null,
    education: null,
    address: (customer.address ?? null) === null ? null : ERASED_MARKER,
    erasure: { ...erasure, erasedAt: at },
  };
}
