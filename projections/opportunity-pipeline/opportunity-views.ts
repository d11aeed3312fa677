import type { Filter } from '@ledger/read-store';
import { toWireMoney, type WireMoney } from '../shared/wire-money';
import type { OpportunityDocument, OpportunityFields } from './opportunity-pipeline.documents';

/** An opportunity as the API answers it: the document with money on the wire. */
export type OpportunityView = Omit<OpportunityFields, 'expectedAmount' | 'wonAmount'> & {
  expectedAmount: WireMoney;
  wonAmount: WireMoney | null;
};

export function opportunityView(document: OpportunityDocument): OpportunityView {
  const { _id: _key, _position: _applied, expectedAmount, wonAmount, ...fields } = document;
  return {
    ...fields,
    expectedAmount: toWireMoney(expectedAmount),
    wonAmount: wonAmount === null ? null : toWireMoney(wonAmount),
  };
}

/** Whose opportunities a read covers: the caller's scope narrows it before any filter (ADR 0015). */
export type PipelineScope = { owner?: string; branchId?: string };

export function scopeFilter({ owner, branchId }: PipelineScope): Filter {
  return { ...(owner !== undefined && { owner }), ...(branchId !== undefined && { branchId }) };
}
