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
      // A rebuild stream by stream may fold the customers' contacts first: their counts are kept.
      const counted = document ?? uncounted(id);
      return {
        ...counted,
        campaignId,
        name,
        productCode: productCode ?? null,
        targetRule,
        window,
        budget,
        status: 'planned',
        plannedAt,
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
      if (campaign === undefined) return document;
      document ??= uncounted(id);
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

/**
 * The member document: the campaigns whose target lists name the customer (with the position) and
 * the customer's subscriptions (with theirs). Each part follows one kind of stream and the parts
 * commute, so a rebuild stream by stream equals one in log order; the performance query compares
 * positions to count only subscriptions recorded after the customer was targeted.
 */
export function evolveMemberDocument(
  document: CampaignMemberDocument | null,
  event: Extract<CampaignEvent | CustomerEvent, { type: 'CampaignTargetsFrozen' | 'ProductSubscribed' }>,
  id: string,
  position: string,
): CampaignMemberDocument | null {
  const member = document ?? { _id: id, customerId: id, targetedBy: [], targetedFrom: {}, subscriptions: [] };
  if (event.type === 'CampaignTargetsFrozen') {
    const { campaignId } = event.data;
    if (member.targetedBy.includes(campaignId)) return member;
    return {
      ...member,
      targetedBy: [...member.targetedBy, campaignId].sort(),
      targetedFrom: { ...member.targetedFrom, [campaignId]: position },
    };
  }
  const { holdingId, productCode, principal, openedAt } = event.data;
  if (member.subscriptions.some((subscription) => subscription.holdingId === holdingId)) return member;
  return {
    ...member,
    subscriptions: [...member.subscriptions, { holdingId, productCode, principal, openedAt, position }],
  };
}

/** A campaign before its plan is folded: only a rebuild stream by stream meets it, between streams. */
function uncounted(id: string): CampaignDocument {
  return {
    _id: id,
    campaignId: id,
    name: '',
    productCode: null,
    targetRule: { all: [] },
    window: { from: '', to: '' },
    budget: { amountMinor: 0, currency: 'CNY' },
    status: 'planned',
    plannedAt: '',
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

function noResponses(): Record<CampaignResponse, number> {
  return Object.fromEntries(CAMPAIGN_RESPONSES.map((response) => [response, 0])) as Record<
    CampaignResponse,
    number
  >;
}
