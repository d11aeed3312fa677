import type { LogContact, OpenServiceRequest, ResolveServiceRequest } from '../commands/customer-command';
import type {
  ContactLogged,
  ServiceRequestOpened,
  ServiceRequestResolved,
} from '../events/relationship.events';
import { ContactAlreadyLogged, InvalidContactPriority } from '../errors/customer.errors';
import {
  CampaignClosedToContacts,
  CampaignNotLaunched,
  CustomerNotTargeted,
  MarketingConsentWithdrawn,
} from '../errors/campaign.errors';
import { HoldingNotFound } from '../errors/holding.errors';
import {
  ServiceRequestAlreadyExists,
  ServiceRequestAlreadyResolved,
  ServiceRequestNotFound,
  ServiceRequestTimeOrder,
} from '../errors/service-request.errors';
import { lookup, optional } from '../json';
import type { DomainPolicies } from '../policies/domain-policies';
import { judgeServiceRequest } from '../policies/service-sla.policy';
import type { Customer } from '../state/customer-state';
import { toMs } from '../time';
import type { ContactPriority } from '../vocabulary';
import { businessTime, instant } from './guards';

const ROUTINE: ContactPriority = 3;

export function logContact(command: LogContact, customer: Customer): [ContactLogged] {
  const { contactId, channel, purpose, outcome, relationshipManagerId } = command;
  if (lookup(customer.contacts, contactId) !== undefined) throw new ContactAlreadyLogged(contactId);
  const priority = command.priority ?? ROUTINE;
  if (![1, 2, 3].includes(priority)) throw new InvalidContactPriority(priority);
  const { holdingId } = command;
  if (holdingId !== undefined && lookup(customer.holdings, holdingId) === undefined)
    throw new HoldingNotFound(holdingId);
  const { campaign } = command;
  if (campaign !== undefined) judgeCampaignContact(campaign, customer);
  return [
    {
      type: 'ContactLogged',
      schemaVersion: 1,
      data: {
        customerId: customer.customerId,
        contactId,
        channel,
        purpose,
        ...optional('holdingId', holdingId),
        priority,
        outcome,
        ...optional('notes', command.notes),
        relationshipManagerId,
        occurredAt: businessTime(command.occurredAt, command.now, 'occurredAt'),
        ...optional(
          'campaign',
          campaign === undefined
            ? undefined
            : { campaignId: campaign.campaignId, response: campaign.response },
        ),
      },
    },
  ];
}

/**
 * A contact may name only a launched, open campaign of which the customer is a frozen target and
 * who still consents to marketing: a frozen list is an audit record, a withdrawal applies at once.
 */
function judgeCampaignContact(campaign: NonNullable<LogContact['campaign']>, customer: Customer): void {
  const { campaignId, facts } = campaign;
  if (facts.status === 'closed') throw new CampaignClosedToContacts(campaignId);
  if (facts.status !== 'launched') throw new CampaignNotLaunched(campaignId, facts.status);
  if (!facts.targeted) throw new CustomerNotTargeted(campaignId, customer.customerId);
  if (!customer.consent.marketing) throw new MarketingConsentWithdrawn(campaignId, customer.customerId);
}

export function openServiceRequest(command: OpenServiceRequest, customer: Customer): [ServiceRequestOpened] {
  const { requestId, kind, channel, description } = command;
  if (lookup(customer.serviceRequests, requestId) !== undefined)
    throw new ServiceRequestAlreadyExists(requestId);
  return [
    {
      type: 'ServiceRequestOpened',
      schemaVersion: 1,
      data: {
        customerId: customer.customerId,
        requestId,
        kind,
        channel,
        description,
        openedAt: businessTime(command.openedAt, command.now, 'openedAt'),
      },
    },
  ];
}

/** The first response defaults to the resolution; opened ≤ responded ≤ resolved. */
export function resolveServiceRequest(
  command: ResolveServiceRequest,
  customer: Customer,
  policies: DomainPolicies,
): [ServiceRequestResolved] {
  const request = lookup(customer.serviceRequests, command.requestId);
  if (request === undefined) throw new ServiceRequestNotFound(command.requestId);
  if (request.status === 'resolved') throw new ServiceRequestAlreadyResolved(request.requestId);
  const resolvedAt = businessTime(command.resolvedAt, command.now, 'resolvedAt');
  const respondedAt =
    command.respondedAt === undefined ? resolvedAt : instant(command.respondedAt, 'respondedAt');
  if (toMs(respondedAt) < toMs(request.openedAt))
    throw new ServiceRequestTimeOrder(request.requestId, 'respondedAt');
  if (toMs(resolvedAt) < toMs(respondedAt))
    throw new ServiceRequestTimeOrder(request.requestId, 'resolvedAt');
  const times = { openedAt: request.openedAt, respondedAt, resolvedAt };
  return [
    {
      type: 'ServiceRequestResolved',
      schemaVersion: 1,
      data: {
        customerId: customer.customerId,
        requestId: request.requestId,
        resolution: command.resolution,
        ...times,
        ...judgeServiceRequest(times, policies.serviceSla),
      },
    },
  ];
}
