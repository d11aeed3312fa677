import type { OpportunityStatus, PipelineStage } from '@ledger/domain';
import type { ReadStore } from '@ledger/read-store';
import { type Page, type PageRequest, pageWindow } from '../shared/paging';
import { OPPORTUNITIES, type OpportunityDocument } from './opportunity-pipeline.documents';
import { opportunityView, type OpportunityView, type PipelineScope, scopeFilter } from './opportunity-views';

export type OpportunityQuery = PageRequest &
  PipelineScope & { stage?: PipelineStage; status?: OpportunityStatus; customerId?: string };

/** GET /opportunities: the pipeline's opportunities, oldest first, paged. */
export async function listOpportunities(
  readStore: ReadStore,
  query: OpportunityQuery,
): Promise<Page<OpportunityView>> {
  const { stage, status, customerId } = query;
  const filter = {
    ...scopeFilter(query),
    ...(stage !== undefined && { stage }),
    ...(status !== undefined && { status }),
    ...(customerId !== undefined && { customerId }),
  };
  const { page, limit, skip } = pageWindow(query);
  const [documents, total] = await Promise.all([
    readStore.find<OpportunityDocument>(OPPORTUNITIES, filter, {
      sort: { openedAt: 1, _id: 1 },
      skip,
      limit,
    }),
    readStore.count(OPPORTUNITIES, filter),
  ]);
  return { items: documents.map(opportunityView), page, limit, total };
}

/** GET /opportunities/:id: one opportunity, or null when it is unknown or outside the scope. */
export async function getOpportunity(
  readStore: ReadStore,
  opportunityId: string,
  scope: PipelineScope,
): Promise<OpportunityView | null> {
  const [document] = await readStore.find<OpportunityDocument>(
    OPPORTUNITIES,
    { ...scopeFilter(scope), _id: opportunityId },
    { limit: 1 },
  );
  return document === undefined ? null : opportunityView(document);
}
