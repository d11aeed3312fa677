import type { Money, OpportunitySource, OpportunityStatus, PipelineStage } from '@ledger/domain';
import type { ReadDocument } from '@ledger/read-store';

/** One document per opportunity, keyed by its id: the pipeline lists and sums these. */
export const OPPORTUNITIES = 'opportunities';

export type StageReached = { stage: PipelineStage; at: string };

export type OpportunityFields = {
  opportunityId: string;
  customerId: string;
  productCode: string | null;
  source: OpportunitySource;
  campaignId: string | null;
  expectedAmount: Money;
  /** The relationship manager whose pipeline holds it. */
  owner: string;
  branchId: string;
  stage: PipelineStage;
  status: OpportunityStatus;
  openedAt: string;
  /** Every stage in the order reached, from `identified` at the opening. */
  stages: StageReached[];
  /** When it was won or lost; null while open. */
  closedAt: string | null;
  /** The matched subscription of a won opportunity, and its principal: the converted amount. */
  holdingId: string | null;
  wonAmount: Money | null;
  lostReason: string | null;
};

export type OpportunityDocument = ReadDocument & OpportunityFields & { _id: string };
