import { assertNever } from '../assert-never';
import type { StoredEventShape } from '../aggregate/aggregate';
import type { AssertJson } from '../json';
import type { Money } from '../money';
import type { OpportunitySource, OpportunityStage, PipelineStage } from './opportunity.vocabulary';

export type OpportunityOpened = {
  type: 'OpportunityOpened';
  schemaVersion: 1;
  data: {
    opportunityId: string;
    customerId: string;
    /** Absent when the relationship manager has a need in view but no product yet. */
    productCode?: string;
    source: OpportunitySource;
    /** Present exactly when `source` is `campaign`. */
    campaignId?: string;
    expectedAmount: Money;
    /** The relationship manager whose pipeline holds it. */
    owner: string;
    /** The customer's branch when the opportunity opened: the branch pipeline it counts in. */
    branchId: string;
    openedAt: string;
  };
};

export type OpportunityAdvanced = {
  type: 'OpportunityAdvanced';
  schemaVersion: 1;
  data: {
    opportunityId: string;
    customerId: string;
    stage: OpportunityStage;
    previousStage: PipelineStage;
    advancedAt: string;
  };
};

/** Won by a subscription: the matched holding's facts as they were recorded on the customer. */
export type OpportunityWon = {
  type: 'OpportunityWon';
  schemaVersion: 1;
  data: {
    opportunityId: string;
    customerId: string;
    holdingId: string;
    productCode: string;
    principal: Money;
    wonAt: string;
  };
};

export type OpportunityLost = {
  type: 'OpportunityLost';
  schemaVersion: 1;
  data: { opportunityId: string; customerId: string; reason: string; lostAt: string };
};

/** Every fact of the `opportunity-<id>` stream, schema version 1. */
export type OpportunityEvent = OpportunityOpened | OpportunityAdvanced | OpportunityWon | OpportunityLost;

export const OPPORTUNITY_EVENT_DATA_IS_JSON: AssertJson<OpportunityEvent['data']> = true;

/** The published event types of the opportunity stream (wire contracts: never rename one). */
export const OPPORTUNITY_EVENT_TYPES = [
  'OpportunityOpened',
  'OpportunityAdvanced',
  'OpportunityWon',
  'OpportunityLost',
] as const satisfies readonly OpportunityEvent['type'][];

export function isOpportunityEventType(type: string): type is OpportunityEvent['type'] {
  return (OPPORTUNITY_EVENT_TYPES as readonly string[]).includes(type);
}

/** The domain's view of a recorded event, or null for a type the opportunity stream does not know. */
export function opportunityEventOf(recorded: StoredEventShape): OpportunityEvent | null {
  if (!isOpportunityEventType(recorded.type)) return null;
  const version = recorded.metadata['schemaVersion'];
  const schemaVersion = typeof version === 'number' ? version : 1;
  return { type: recorded.type, schemaVersion, data: recorded.data } as OpportunityEvent;
}

export function opportunityOccurredAt(event: OpportunityEvent): string {
  switch (event.type) {
    case 'OpportunityOpened':
      return event.data.openedAt;
    case 'OpportunityAdvanced':
      return event.data.advancedAt;
    case 'OpportunityWon':
      return event.data.wonAt;
    case 'OpportunityLost':
      return event.data.lostAt;
    default:
      return assertNever(event);
  }
}
