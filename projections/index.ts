import type { Projection } from '@ledger/projection-runtime';
import { kpiHistoryProjection } from './kpi-history';

/** Every read model the runtime keeps up to date (the api in the embedded mode, apps/projector in production). */
export const ALL_PROJECTIONS: readonly Projection[] = [kpiHistoryProjection];
