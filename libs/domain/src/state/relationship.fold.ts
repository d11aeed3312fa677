import type { CustomerProfileUpdated } from '../events/customer.events';
import type {
  ContactLogged,
  ServiceRequestOpened,
  ServiceRequestResolved,
} from '../events/relationship.events';
import { lookup } from '../json';
import { laterOf } from '../time';
import { VIP_GIFT_PURPOSE } from '../vocabulary';
import { withMaturityContact } from './holdings.fold';
import type { Customer, ServiceRequest } from './customer-state';
import { type Replay, withEntry } from './replay';

export function withProfile(customer: Customer, data: CustomerProfileUpdated['data']): Customer {
  return {
    ...customer,
    occupation: data.occupation ?? customer.occupation,
    phone: data.phone ?? customer.phone,
    email: data.email ?? customer.email,
    riskProfile: data.riskProfile ?? customer.riskProfile,
    preferredChannel: data.preferredChannel ?? customer.preferredChannel,
    interests: data.interests ?? customer.interests,
    // `?? null` first: documents folded before issue 17 have no such fields.
    gender: data.gender ?? customer.gender ?? null,
    education: data.education ?? customer.education ?? null,
    address: data.address ?? customer.address ?? null,
    expectedReturn: data.expectedReturn ?? customer.expectedReturn ?? null,
  };
}

/** Contacts may be logged late, so the last contact is the latest in business time, not the last logged. */
export function withContact(customer: Customer, data: ContactLogged['data'], replay?: Replay): Customer {
  const contacted: Customer = {
    ...customer,
    contacts: withEntry(customer.contacts, data.contactId, data.occurredAt, replay),
    lastContactAt: laterOf(customer.lastContactAt, data.occurredAt),
    ...(isVipGiftPurpose(data.purpose) && {
      lastGiftContactAt: laterOf(customer.lastGiftContactAt ?? null, data.occurredAt),
    }),
  };
  return withMaturityContact(contacted, data, replay);
}

export function withServiceRequest(
  customer: Customer,
  data: ServiceRequestOpened['data'],
  replay?: Replay,
): Customer {
  const request: ServiceRequest = {
    requestId: data.requestId,
    kind: data.kind,
    channel: data.channel,
    openedAt: data.openedAt,
    status: 'open',
    respondedAt: null,
    resolvedAt: null,
  };
  return {
    ...customer,
    serviceRequests: withEntry(customer.serviceRequests, request.requestId, request, replay),
  };
}

export function withResolution(
  customer: Customer,
  data: ServiceRequestResolved['data'],
  replay?: Replay,
): Customer {
  const request = lookup(customer.serviceRequests, data.requestId);
  if (request === undefined) return customer;
  const resolved: ServiceRequest = {
    ...request,
    status: 'resolved',
    respondedAt: data.respondedAt,
    resolvedAt: data.resolvedAt,
  };
  return {
    ...customer,
    serviceRequests: withEntry(customer.serviceRequests, request.requestId, resolved, replay),
  };
}

/** Purposes are free text: the gift purpose is matched as maturities are, trimmed and in any case. */
export function isVipGiftPurpose(purpose: string): boolean {
  return purpose.trim().toLowerCase() === VIP_GIFT_PURPOSE;
}
