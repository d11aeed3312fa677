import type {
  CampaignResponse,
  ContactChannel,
  ContactPriority,
  ServiceChannel,
  ServiceRequestKind,
} from '../vocabulary';

export type ContactLogged = {
  type: 'ContactLogged';
  schemaVersion: 1;
  data: {
    customerId: string;
    contactId: string;
    channel: ContactChannel;
    purpose: string;
    /** The holding the contact was about: it answers that holding's maturity call. */
    holdingId?: string;
    priority: ContactPriority;
    outcome: string;
    notes?: string;
    relationshipManagerId: string;
    occurredAt: string;
    /** The campaign the contact was made under, and the customer's response (added, still version 1). */
    campaign?: { campaignId: string; response: CampaignResponse };
  };
};

export type ServiceRequestOpened = {
  type: 'ServiceRequestOpened';
  schemaVersion: 1;
  data: {
    customerId: string;
    requestId: string;
    kind: ServiceRequestKind;
    channel: ServiceChannel;
    description: string;
    openedAt: string;
  };
};

/** Carries the SLA outcome under the policy version that judged it, so KPIs never re-judge history. */
export type ServiceRequestResolved = {
  type: 'ServiceRequestResolved';
  schemaVersion: 1;
  data: {
    customerId: string;
    requestId: string;
    resolution: string;
    openedAt: string;
    respondedAt: string;
    resolvedAt: string;
    respondedWithinSla: boolean;
    resolvedWithinSla: boolean;
    policyVersion: string;
  };
};
