import { assertNever } from '../assert-never';
import type { Money } from '../money';
import type { OpportunityEvent } from './opportunity.events';
import { FIRST_STAGE, type OpportunityStatus, type PipelineStage } from './opportunity.vocabulary';

export type Opportunity = {
  status: OpportunityStatus;
  opportunityId: string;
  customerId: string;
  productCode: string | null;
  expectedAmount: Money;
  owner: string;
  branchId: string;
  stage: PipelineStage;
  openedAt: string;
  /** The holding that won it, once won: one holding credits one opportunity. */
  wonWith?: string;
};

export type OpportunityState = { status: 'not-opened' } | Opportunity;

export function initialOpportunityState(): OpportunityState {
  return { status: 'not-opened' };
}

export function isOpened(state: OpportunityState): state is Opportunity {
  return state.status !== 'not-opened';
}

export function evolveOpportunity(state: OpportunityState, event: OpportunityEvent): OpportunityState {
  switch (event.type) {
    case 'OpportunityOpened': {
      const { opportunityId, customerId, productCode, expectedAmount, owner, branchId, openedAt } =
        event.data;
      return {
        status: 'open',
        opportunityId,
        customerId,
        productCode: productCode ?? null,
        expectedAmount,
        owner,
        branchId,
        stage: FIRST_STAGE,
        openedAt,
      };
    }
    case 'OpportunityAdvanced':
      return isOpened(state) ? { ...state, stage: event.data.stage } : state;
    case 'OpportunityWon':
      return isOpened(state) ? { ...state, status: 'won', wonWith: event.data.holdingId } : state;
    case 'OpportunityLost':
      return isOpened(state) ? { ...state, status: 'lost' } : state;
    default:
      return assertNever(event);
  }
}
