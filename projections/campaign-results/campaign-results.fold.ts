import {
  type CampaignEvent,
  type CustomerEvent,
  CAMPAIGN_RESPONSES,
  type CampaignResponse,
  assertNever,
} from '@ledger/domain';
import type { CampaignDocument, CampaignMemberDocument } from './campaign-results.documents';

/** The campaign document after one of its own events or a contact naming it. */
export function evolveCampaignDocument(
  document: CampaignDocument | null,
  event: CampaignEvent | Extract<CustomerEvent, { type: 'ContactLogged' }>,
  id: string,
): CampaignDocument | null {
  switch (event.type) {
    case 'CampaignPlanned': {
      const { campaignId, name, productCode, targetRule, window, budget, plannedAt } = event.data;
      return {
        _id: id,
        campaignId,
        name,
        productCode: productCode ?? null,
        targetRule,
        window,
        budget,
        status: 'planned',
        plannedAt,
        launchedAt: null,
        targetsFrozenAt: null,
        targetCount: 0,
        closedAt: null,
        contacts: 0,
        responses: noResponses(),
        contacted: {},
        answered: {},
      };
    }
    case 'CampaignLaunched': {
      if (document === null) return null;
      const { targetsFrozenAt, targetCount, launchedAt } = event.data;
      return { ...document, status: 'launched', targetsFrozenAt, targetCount, launchedAt };
    }
    case 'CampaignClosed':
      return document === null ? null : { ...document, status: 'closed', closedAt: event.data.closedAt };
    case 'CampaignTargetsFrozen':
      return document;
    case 'ContactLogged': {
      const { campaign, customerId } = event.data;
      if (document === null || campaign === undefined) return document;
      const answered =
        campaign.response === 'no-answer'
          ? document.answered
          : { ...document.answered, [customerId]: true as const };
      return {
        ...document,
        contacts: document.contacts + 1,
        responses: { ...document.responses, [campaign.response]: document.responses[campaign.response] + 1 },
        contacted: { ...document.contacted, [customerId]: true },
        answered,
      };
    }
    default:
      return assertNever(event);
  }
}

/** The member document: targeted by a chunk of a launch, then following the customer's subscriptions. */
export function evolveMemberDocument(
  document: CampaignMemberDocument | null,
  event: Extract<CampaignEvent | CustomerEvent, { type: 'CampaignTargetsFrozen' | 'ProductSubscribed' }>,
  id: string,
  position: string,
): CampaignMemberDocument | null {
  if (event.type === 'CampaignTargetsFrozen') {
    const { campaignId } = event.data;
    const member = document ?? {
      _id: id,
      customerId: id,
      targetedBy: [],
      targetedFrom: {},
      subscriptions: [],
    };
    if (member.targetedBy.includes(campaignId)) return member;
    return {
      ...member,
      targetedBy: [...member.targetedBy, campaignId],
      targetedFrom: { ...member.targetedFrom, [campaignId]: position },
    };
  }
  // Before any launch targets the customer, its subscriptions convert nothing: no document.
  if (document === null) return null;
  const { holdingId, productCode, principal, openedAt } = event.data;
  return {
    ...document,
    subscriptions: [...document.subscriptions, { holdingId, productCode, principal, openedAt, position }],
  };
}

function noResponses(): Record<CampaignResponse, number> {
  return Object.fromEntries(CAMPAIGN_RESPONSES.map((response) => [response, 0])) as Record<
    CampaignResponse,
    number
  >;
}
