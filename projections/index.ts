import type { DomainPolicies } from '@ledger/domain';
import type { Projection } from '@ledger/projection-runtime';
import { campaignResultsProjection } from './campaign-results';
import { customer360Projection } from './customer-360';
import { kpiHistoryProjection } from './kpi-history';
import { productCatalogProjection } from './product-catalog';
import { opportunityPipelineProjection } from './opportunity-pipeline';
import { householdsProjection } from './households';
import { instructionsProjection } from './instructions';
import { relatedPartiesProjection } from './related-parties';
import { tierAuditProjection } from './tier-audit';
import { worklistProjection } from './worklist';
import { vipEventsProjection } from './vip-events';

/**
 * Every read model the runtime keeps up to date (the api in the embedded mode, apps/projector in
 * production), with their keys computed under `policies`: the app's configured set.
 */
export function allProjections(policies: DomainPolicies): readonly Projection[] {
  return [
    kpiHistoryProjection,
    customer360Projection(policies),
    tierAuditProjection,
    worklistProjection(policies),
    campaignResultsProjection,
    productCatalogProjection,
    opportunityPipelineProjection,
    householdsProjection,
    vipEventsProjection,
    instructionsProjection,
    relatedPartiesProjection,
  ];
}
