import type { Projection } from '@ledger/projection-runtime';
import { customer360Projection } from './customer-360';
import { kpiHistoryProjection } from './kpi-history';
import { tierAuditProjection } from './tier-audit';
import { worklistProjection } from './worklist';

/** Every read model the runtime keeps up to date (the api in the embedded mode, apps/projector in production). */
export const ALL_PROJECTIONS: readonly Projection[] = [
  kpiHistoryProjection,
  customer360Projection,
  tierAuditProjection,
  worklistProjection,
];
