import { FIRST_STAGE, type OpportunityEvent } from '@ledger/domain';
import type { OpportunityDocument } from './opportunity-pipeline.documents';

/** The opportunity's document after one of its events; every event carries what it changes. */
export function evolveOpportunityDocument(
  document: OpportunityDocument | null,
  event: OpportunityEvent,
): OpportunityDocument | null {
  if (event.type === 'OpportunityOpened') {
    const { data } = event;
    return {
      _id: data.opportunityId,
      opportunityId: data.opportunityId,
      customerId: data.customerId,
      productCode: data.productCode ?? null,
      source: data.source,
      campaignId: data.campaignId ?? null,
      expectedAmount: data.expectedAmount,
      owner: data.owner,
      branchId: data.branchId,
      stage: FIRST_STAGE,
      status: 'open',
      openedAt: data.openedAt,
      stages: [{ stage: FIRST_STAGE, at: data.openedAt }],
      closedAt: null,
      holdingId: null,
      wonAmount: null,
      lostReason: null,
    };
  }
  // An event of an opportunity never seen opened has nothing to change.
  if (document === null) return null;
  switch (event.type) {
    case 'OpportunityAdvanced': {
      const { stage, advancedAt } = event.data;
      return { ...document, stage, stages: [...document.stages, { stage, at: advancedAt }] };
    }
    case 'OpportunityWon': {
      const { holdingId, principal, wonAt } = event.data;
      return { ...document, status: 'won', closedAt: wonAt, holdingId, wonAmount: principal };
    }
    case 'OpportunityLost':
      return { ...document, status: 'lost', closedAt: event.data.lostAt, lostReason: event.data.reason };
  }
}
